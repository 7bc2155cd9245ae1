// Rules of this repo that no installed plugin has.

/** An eslint-disable comment must say why after ` -- `, so a reader can judge whether it still holds. */
const disableReason = {
  meta: {
    type: 'suggestion',
    docs: { description: 'require a reason after `--` in eslint-disable comments' },
    schema: [],
    messages: {
      missing:
        'Say why this rule is turned off here, after " -- " (for example: `// eslint-disable-next-line <rule> -- <reason>`), ' +
        'or remove the comment and fix the code.',
    },
  },
  create(context) {
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          const text = comment.value.trim()
          if (/^eslint-disable(-next-line|-line)?(\s|$)/.test(text) && !/\s--\s*\S/.test(text)) {
            context.report({ loc: comment.loc, messageId: 'missing' })
          }
        }
      },
    }
  },
}

export default { rules: { 'disable-reason': disableReason } }
