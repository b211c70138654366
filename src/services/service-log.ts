/**
 * Where services report failures they handle themselves (a background job that crashed). The server
 * passes its request logger (pino's signature fits); the CLI passes nothing and prints its own lines.
 */
export interface ServiceLog {
  error(details: Record<string, unknown>, message: string): void;
}
