// Read by VS Code's remark extension (unifiedjs.vscode-remark), which checks each Markdown
// file's frontmatter against the JSON Schema of its folder while you type. The YAML extension
// cannot: it does not read frontmatter inside .md files. `npm run check` stays the judge; this is
// the early warning. Move the globs with the content folder if yours is not `content/`.
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';

export default {
  plugins: [
    remarkFrontmatter,
    [
      remarkLintFrontmatterSchema,
      {
        schemas: {
          './json-schemas/priority.schema.json': ['content/strategy/**/*.md'],
          './json-schemas/team.schema.json': ['content/teams/**/*.md'],
          './json-schemas/person.schema.json': ['content/people/**/*.md'],
          './json-schemas/brief.schema.json': ['content/briefs/**/*.md'],
          './json-schemas/objective.schema.json': ['content/okrs/**/*.md'],
          './json-schemas/decision.schema.json': ['content/decisions/**/*.md'],
        },
        // The schemas are draft 2020-12, which the plugin's validator does not fetch a meta-schema for.
        ajvOptions: { validateSchema: false },
      },
    ],
  ],
};
