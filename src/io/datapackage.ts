import { tables } from './schema.js';

/** Returns a Frictionless Data Package describing every CSV of the output, built from the one schema. */
export function dataPackage(name: string, version: string): object {
  return {
    profile: 'tabular-data-package',
    name: `gazette-${name}`,
    title: `gazette ${name} dataset`,
    version,
    resources: tables.map((table) => ({
      name: table.name,
      path: table.file,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      description: table.description,
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: table.fields.map((field) => ({
          name: field.name, type: field.type, description: field.description,
          ...(field.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
        })),
        missingValues: [''],
        ...(table.primaryKey ? { primaryKey: table.primaryKey } : {}),
      },
    })),
  };
}
