/**
 * The guided lessons in Spanish and German (64 px tiny model, fake measurer): every step of every
 * lesson, the menu, the teacher notes and both printed pages show no key and no English UI word,
 * and the longer German sheet still prints on one page.
 */
import type { Page } from '@playwright/test';
import { LESSONS } from '../../src/core/lessons/lessons';
import { TINY_MODEL_64, waitForFace } from './appPage';
import { expect, test } from './fixtures';
import { leftoverEnglish, rawKeys, visibleTexts } from './visibleText';

const FAKE = { model: TINY_MODEL_64, measurer: 'fake' };
const panel = (page: Page) => page.locator('section.lesson');

/**
 * Left out: what is English on purpose (`lang="en"`: publications' titles, CelebA's label names)
 * and sentences built by core/population and core/measure (`.report`: the population summary, the
 * sweep's headline and verdict, the audit's share changes), which are translated with those builders.
 */
const KEPT = '[lang="en"]';

const WORDS = {
  es: {
    lessons: 'Lecciones',
    next: 'Siguiente →',
    notes: 'Notas para el docente',
    print: 'Imprimir notas para el docente',
    smiling: 'Sonriente',
  },
  de: {
    lessons: 'Lektionen',
    next: 'Weiter →',
    notes: 'Hinweise für Lehrkräfte',
    print: 'Hinweise für Lehrkräfte drucken',
    smiling: 'Lächelnd',
  },
} as const;

async function pagesOf(page: Page): Promise<number[]> {
  const counts: number[] = [];
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = (await page.pdf({ format })).toString('latin1');
    counts.push(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0);
  }
  return counts;
}

for (const locale of ['es', 'de'] as const) {
  test(`${locale}: every lesson step, the menu, the teacher notes and the printed pages show no key and no English`, async ({
    page,
    openApp,
  }) => {
    test.setTimeout(240_000);
    const words = WORDS[locale];
    await openApp({ ...FAKE, seed: '7', lang: locale });
    await waitForFace(page);
    const seen: string[] = [];
    const check = async (selector: string, what: string) => {
      const texts = await visibleTexts(page, selector, KEPT);
      expect(texts.length, what).toBeGreaterThan(0);
      expect(rawKeys(texts), what).toEqual([]);
      expect(leftoverEnglish(texts, locale), what).toEqual([]);
      seen.push(...texts);
    };

    for (const [index, lesson] of LESSONS.entries()) {
      await page.getByRole('button', { name: words.lessons, exact: true }).click();
      if (index === 0) await check('#lesson-list', 'the lesson menu');
      await page.locator('#lesson-list li button').nth(index).click();
      await waitForFace(page);
      await expect(panel(page)).toHaveAttribute('data-lesson', lesson.id);
      for (let step = 1; step <= lesson.steps.length; step++) {
        await expect(panel(page)).toHaveAttribute('data-step', String(step));
        await check('section.lesson', `${lesson.id} step ${step}`);
        if (step < lesson.steps.length) await panel(page).getByRole('button', { name: words.next }).click();
      }
      await panel(page).getByRole('button', { name: words.notes }).click();
      await check('#teacher-notes', `${lesson.id} teacher notes`);
      await panel(page).getByRole('button', { name: words.notes }).click();
      // Each lesson's sheet holds all its questions: the longest lesson decides whether it fits.
      await page.emulateMedia({ media: 'print' });
      expect(await pagesOf(page), `${lesson.id} student sheet pages on A4 and Letter`).toEqual([1, 1]);
      await page.emulateMedia({ media: 'screen' });
    }
    // The texts were the lessons' own: a condition, a question and a teacher's note in this language.
    expect(seen.length).toBeGreaterThan(100);

    // The smiling lesson's sheet at step 2, as the class prints it.
    await page.getByRole('button', { name: words.lessons, exact: true }).click();
    await page.locator('#lesson-list li button').first().click();
    await waitForFace(page);
    await page.getByRole('slider', { name: words.smiling, exact: true }).fill('95');
    await waitForFace(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.student-sheet')).toBeVisible();
    await expect(page.locator('.student-sheet tr[data-reading="pMale"]')).toBeVisible();
    await check('.student-sheet', 'the student sheet');
    expect(await pagesOf(page), 'student sheet pages on A4 and Letter').toEqual([1, 1]);

    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => (window.print = () => {}));
    await panel(page).getByRole('button', { name: words.notes }).click();
    await page.getByRole('button', { name: words.print }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-area .notes')).toBeVisible();
    await check('.print-area', 'the printed teacher notes');
  });
}

test('de: a lesson link that names no lesson says so in German', async ({ page, openApp }) => {
  await openApp({ ...FAKE, seed: '7', lang: 'de', lesson: 'nope' });
  await expect(page.getByRole('status').filter({ hasText: 'Die Lektion „nope“ im Link ist unbekannt' })).toBeVisible();
});

for (const locale of ['es', 'de'] as const) {
  test(`${locale}: the embed view for a course page shows no key and no English`, async ({ page, openApp }) => {
    await openApp({ ...FAKE, embed: '1', seed: '7', smiling: '80', lang: locale });
    await waitForFace(page);
    await expect(page.locator('main.embed tr[data-reading="pMale"]')).toBeVisible();
    const texts = await visibleTexts(page, 'main.embed');
    expect(rawKeys(texts)).toEqual([]);
    expect(leftoverEnglish(texts, locale)).toEqual([]);
  });
}
