/** Failures that end the command with exit code 2 (unusable input); the message goes to stderr. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

export const EXIT_OK = 0;
export const EXIT_INPUT = 2;
