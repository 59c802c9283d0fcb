import type { Deps } from '../context.js';

export async function seedDemo(_deps: Deps, _say: (message: string) => void): Promise<void> {}
