import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // Page text is data, never markup.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Page text is data: build DOM nodes, never markup strings.' },
        { property: 'outerHTML', message: 'Page text is data: build DOM nodes, never markup strings.' },
        { property: 'insertAdjacentHTML', message: 'Page text is data: build DOM nodes, never markup strings.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page text is data, never markup.' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
