import type { Text } from '../i18n/catalogue';

/** Visible, dismissible messages about what the app changed or could not do. */
export interface Notice {
  id: number;
  /** A message (translated when shown, so it follows a language switch), or a browser's own words. */
  text: Text;
}

let nextId = 1;

class Notices {
  list = $state<Notice[]>([]);

  add(text: Text): void {
    const same = JSON.stringify(text);
    if (this.list.some((n) => JSON.stringify(n.text) === same)) return;
    this.list.push({ id: nextId++, text });
  }

  dismiss(id: number): void {
    this.list = this.list.filter((n) => n.id !== id);
  }
}

export const notices = new Notices();
