import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';

export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setResult('copied');
    } catch {
      setResult('failed');
    }
  };
  return (
    <span className="copy">
      <Button variant="secondary" onPress={() => void copy()}>
        {label}
      </Button>
      <span role="status" className="copy__status">
        {result === 'copied' ? t('common.copied') : result === 'failed' ? t('common.copyFailed') : ''}
      </span>
    </span>
  );
}
