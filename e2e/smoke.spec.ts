import { expect, test } from '@playwright/test';

test.describe('the built server', () => {
  test('is ready and describes its API', async ({ request }) => {
    const ready = await request.get('/readyz');
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok' });

    const openapi = await request.get('/api/openapi.json');
    expect(openapi.status()).toBe(200);
    const document = (await openapi.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toMatch(/^3\.1/);
    expect(Object.keys(document.paths)).toContain('/api/v1/me');
  });

  test('serves the web app with a language on <html>', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toContain('text/html');
    await expect(page.locator('html')).toHaveAttribute('lang', /^(en|sl|sr-Latn|sr-Cyrl|cnr|el)$/);
  });

  test('answers an unknown API route with a problem document', async ({ request }) => {
    const response = await request.get('/api/v1/no-such-thing');
    expect(response.status()).toBe(404);
    expect(response.headers()['content-type']).toContain('application/problem+json');
  });
});
