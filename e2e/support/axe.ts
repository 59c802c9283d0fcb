import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Runs axe-core on the page as it is now and fails on every serious or critical violation, listing them. */
export async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  // One line per offending element keeps the failure readable: rule, impact, what to fix, and where.
  const found = serious.flatMap((v) =>
    v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}): ${n.target.join(' ')} ${n.html.slice(0, 160)}`),
  );
  expect(found, `serious or critical axe-core violations on ${label}`).toEqual([]);
}
