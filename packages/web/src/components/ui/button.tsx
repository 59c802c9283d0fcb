import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

export interface ButtonProps extends Omit<AriaButtonProps, 'className' | 'isPending'> {
  variant?: ButtonVariant;
  className?: string;
  /** while the action runs: presses are ignored and assistive technology hears the button is busy */
  isPending?: boolean;
}

/**
 * react-aria's own pending state announces through a live region that points at the button by id;
 * when the button unmounts right after (a form that leads to another page) the region points at
 * nothing, which accessibility checkers flag. So pending is expressed with aria-disabled instead.
 */
export function Button({ variant = 'primary', className, isPending = false, onPress, type, ...props }: ButtonProps) {
  return (
    <AriaButton
      {...props}
      type={isPending && type === 'submit' ? 'button' : type}
      aria-disabled={isPending || undefined}
      data-pending={isPending || undefined}
      onPress={isPending ? undefined : onPress}
      className={['button', `button--${variant}`, className].filter(Boolean).join(' ')}
    />
  );
}
