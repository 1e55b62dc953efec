/** Visible, dismissible messages about what the app changed or could not do. */
export interface Notice {
  id: number;
  text: string;
}

let nextId = 1;

class Notices {
  list = $state<Notice[]>([]);

  add(text: string): void {
    if (this.list.some((n) => n.text === text)) return;
    this.list.push({ id: nextId++, text });
  }

  dismiss(id: number): void {
    this.list = this.list.filter((n) => n.id !== id);
  }
}

export const notices = new Notices();
