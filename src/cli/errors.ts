/** An error the user can fix (bad input, unknown id); printed without a stack and exits with status 1. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
