/** What the command line gives the commands: files, output, and the date and version to print. */
export interface CliIO {
  /** Reads a file as text; `-` means standard input. Throws if it cannot. */
  readonly readFile: (path: string) => string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly today?: Date;
  readonly version?: string;
}
