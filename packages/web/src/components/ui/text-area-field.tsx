import { FieldError, Label, TextArea, TextField as AriaTextField, type TextFieldProps as AriaTextFieldProps } from 'react-aria-components';

export interface TextAreaFieldProps extends Omit<AriaTextFieldProps, 'className' | 'children' | 'isInvalid' | 'validationBehavior'> {
  label: string;
  rows: number;
  /** the message under the field, as in TextField */
  error?: string | undefined;
}

/** A labelled multi-line text field with its error message, styled like TextField. */
export function TextAreaField({ label, rows, error, ...props }: TextAreaFieldProps) {
  return (
    <AriaTextField {...props} isInvalid={Boolean(error)} validationBehavior="aria" className="field">
      <Label className="field__label">{label}</Label>
      <TextArea className="field__input field__textarea" rows={rows} />
      <FieldError className="field__error">{error}</FieldError>
    </AriaTextField>
  );
}
