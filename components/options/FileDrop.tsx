import { useId, useState, type DragEvent } from 'react';

type Props = {
  prompt: string;
  buttonLabel: string;
  accept: string;
  onFile: (file: File) => void;
  disabled?: boolean;
  testId: string;
};

/** A file picker that also takes a file dropped on it. Files are only read, never sent anywhere. */
export function FileDrop({ prompt, buttonLabel, accept, onFile, disabled = false, testId }: Props) {
  const inputId = useId();
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <div
      className={`drop${over ? ' drop--over' : ''}`}
      data-testid={`${testId}-drop`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <p>{prompt}</p>
      <label htmlFor={inputId} className={`button button--quiet${disabled ? ' button--disabled' : ''}`}>
        {buttonLabel}
      </label>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept={accept}
        disabled={disabled}
        data-testid={testId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again is a new choice.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
