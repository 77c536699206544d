/** A secret or setting the CMS cannot run without; fails at start with what to do next. */
export function requiredSetting(value: string | undefined, name: string): string {
  if (!value) {
    throw new Error(
      `The CMS setting ${name} is missing. Run \`npm start\` from the repository root once to generate .env, ` +
        'or set it in the environment (see .env.example).',
    );
  }
  return value;
}
