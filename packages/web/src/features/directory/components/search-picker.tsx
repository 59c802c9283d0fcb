import { useState } from 'react';
import { ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Text, Button as AriaButton } from 'react-aria-components';

export interface PickerItem {
  id: string;
  label: string;
}

/**
 * The state behind one SearchPicker: the typed text and the chosen item, kept in step (editing the text
 * away from the chosen label un-chooses it). `query` is what to search for: nothing once an item is chosen.
 */
export function usePicker(initial: PickerItem | null = null) {
  const [text, setText] = useState(initial?.label ?? '');
  const [selected, setSelected] = useState<PickerItem | null>(initial);
  return {
    selected,
    query: selected ? '' : text.trim(),
    pickerProps: {
      inputValue: text,
      onInputChange: (value: string) => {
        setText(value);
        if (selected && value !== selected.label) setSelected(null);
      },
      selectedId: selected?.id ?? null,
      onSelect: (item: PickerItem | null) => {
        setSelected(item);
        if (item) setText(item.label);
      },
    },
  };
}

interface SearchPickerProps {
  label: string;
  items: readonly PickerItem[];
  inputValue: string;
  onInputChange: (value: string) => void;
  selectedId: string | null;
  onSelect: (item: PickerItem | null) => void;
  emptyText: string;
  description?: string;
  error?: string | undefined;
  isRequired?: boolean;
}

/** A text box that searches as one types and offers the matches as a list, operable by keyboard. */
export function SearchPicker({ label, items, inputValue, onInputChange, selectedId, onSelect, emptyText, description, error, isRequired }: SearchPickerProps) {
  return (
    <ComboBox
      className="field"
      items={items}
      inputValue={inputValue}
      onInputChange={onInputChange}
      selectedKey={selectedId}
      onSelectionChange={(key) => onSelect(items.find((item) => item.id === key) ?? null)}
      menuTrigger="focus"
      allowsEmptyCollection
      isInvalid={Boolean(error)}
      isRequired={isRequired ?? false}
      validationBehavior="aria"
    >
      <Label className="field__label">{label}</Label>
      <div className="picker">
        <Input className="field__input" />
        <AriaButton className="picker__button" aria-hidden="true" excludeFromTabOrder>
          ▾
        </AriaButton>
      </div>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
      <Popover className="picker__popover">
        <ListBox className="picker__list" renderEmptyState={() => <p className="picker__empty">{emptyText}</p>}>
          {(item: PickerItem) => (
            <ListBoxItem id={item.id} textValue={item.label} className="picker__option">
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
