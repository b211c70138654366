import { Help, type Command, type Option } from 'commander';

/**
 * Commander writes its own texts (help headings, "(default: …)", parse errors) in English. These
 * turn them into Norwegian in one place, by the fixed shapes commander 14 prints; a shape it adds
 * later stays English rather than breaking anything.
 */

const TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'Bruk:',
  'Options:': 'Valg:',
  'Commands:': 'Kommandoer:',
  'Arguments:': 'Argumenter:',
  'Global Options:': 'Felles valg:',
};

const ERRORS: readonly [RegExp, (...groups: string[]) => string][] = [
  [/^option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/s, (flags, value, choices) => `${flags}: «${value}» er ikke et av valgene ${choices}`],
  [/^option '(.+)' argument '(.*)' is invalid\. (.*)$/s, (flags, value, why) => `${flags}: «${value}» kan ikke brukes: ${why}`],
  [/^option '(.+)' argument missing$/, (flags) => `${flags} mangler en verdi`],
  [/^required option '(.+)' not specified$/, (flags) => `${flags} må oppgis`],
  [/^missing required argument '(.+)'$/, (name) => `argumentet «${name}» mangler`],
  [/^unknown option '(.+?)'(?:\s*\(Did you mean (.+)\?\))?$/s, (flag, like) => `ukjent valg «${flag}»${like ? ` (mente du ${like.replace(/^one of /, 'ett av ')}?)` : ''}`],
  [/^unknown command '(.+?)'(?:\s*\(Did you mean (.+)\?\))?$/s, (name, like) => `ukjent kommando «${name}»${like ? ` (mente du ${like.replace(/^one of /, 'en av ')}?)` : ''}`],
  [/^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (cmd, expected, got) => `for mange argumenter${cmd ? ` til «${cmd}»` : ''}: ventet ${expected}, fikk ${got}`],
  [/^(.+) cannot be used with (.+)$/, (a, b) => `${a} kan ikke brukes sammen med ${b}`],
];

/** Commander's error line in Norwegian, on one line, with where to find help. */
function commanderErrorNb(text: string): string {
  const message = text.trim().replace(/^error: /, '');
  for (const [shape, say] of ERRORS) {
    const m = shape.exec(message);
    if (m) return `naerpoliti: ${say(...m.slice(1).map((g) => g ?? ''))} (se --help)`;
  }
  return `naerpoliti: ${message.replace(/\s*\n\s*/g, ' ')}`;
}

/** Applies the Norwegian help and errors to `program`; subcommands made after this inherit them. */
export function useNorwegian(program: Command, version: string): Command {
  return program
    .configureHelp({
      styleTitle(this: Help, title: string): string {
        return Help.prototype.styleTitle.call(this, TITLES[title] ?? title);
      },
      // Our descriptions say "(standard: …)" where a default matters; commander's own is dropped then.
      optionDescription(this: Help, option: Option): string {
        const text = Help.prototype.optionDescription.call(this, option).replace(/\(default: (.*)\)$/, '(standard: $1)');
        return /\(standard[ :]/.test(option.description) ? text.replace(/ \(standard: [^()]*\)$/, '') : text;
      },
    })
    .helpOption('-h, --help', 'vis hjelp for kommandoen')
    .helpCommand('help [kommando]', 'vis hjelp for en kommando')
    .version(version, '-V, --version', 'vis versjonsnummeret')
    .configureOutput({
      outputError: (text, write) => write(`${commanderErrorNb(text)}\n`),
    });
}
