import { useMutation } from '@tanstack/react-query';
import type { TotpSetup } from '@collegium/shared/contracts/auth';
import { apiPaths } from '../../../config/paths';
import { api } from '../../../lib/api-client';

export const setUpTotp = () => api<TotpSetup>(apiPaths.totpSetup, { method: 'POST' });

export const useSetUpTotp = () => useMutation({ mutationFn: setUpTotp });
