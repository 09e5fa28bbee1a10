#!/usr/bin/env python3
# fill.py - after lupdate, fill unfinished .ts entries by (context, source) then source text, from older catalogs.
# Run: cp translations/motcua_vi.ts /tmp/old_vi.ts; (update_translations); python3 translations/tools/fill.py --from /tmp/old_vi.ts [--table new.json] translations/motcua_vi.ts
# Stdlib only. Edits only unfinished entries, keeping lupdate's layout; ambiguous or unknown texts are listed, never guessed.
"""Re-apply translations by English source text.

lupdate -no-obsolete drops an entry whose context changed (a class moved into a namespace, a
tr() now under Q_DECLARE_TR_FUNCTIONS) and adds it again as new and unfinished. This script fills
such entries from:
  1. --table FILE.json: {"by_context": {"Ctx": {"source": tr}}, "by_source": {"source": tr}}
     where tr is a string, or for numerus entries a string (Vietnamese) or a list of forms (English);
  2. the finished entries of every --from catalog (typically the copy saved before lupdate);
  3. the finished entries of the target catalog itself (the same text in another context).
A source text with different translations in different contexts is not guessed: it is reported.
An English catalog (language="en...") gets only its numerus entries filled; other English
entries stay empty so that the program shows the source text.
Standard library only.
"""
import argparse
import html
import json
import re
import sys
import xml.etree.ElementTree as ET

MESSAGE = re.compile(
    r'(?P<head><message(?P<numerus> numerus="yes")?>\s*(?:<location[^>]*/>\s*)*<source>(?P<source>[^<]*)</source>\s*'
    r'(?:<oldsource>[^<]*</oldsource>\s*)?(?:<comment>(?P<comment>[^<]*)</comment>\s*)?'
    r'(?:<extracomment>[^<]*</extracomment>\s*)?(?:<translatorcomment>[^<]*</translatorcomment>\s*)?)'
    r'<translation type="unfinished"(?:/>|>(?P<body>.*?)</translation>)', re.S)
CONTEXT = re.compile(r'<context>\s*<name>(.*?)</name>', re.S)


def escape(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&apos;'))


def finished_entries(path):
    """Yield (context, source, comment, forms) for every finished entry of a catalog."""
    for context in ET.parse(path).getroot().iter('context'):
        name = context.findtext('name') or ''
        for message in context.iter('message'):
            translation = message.find('translation')
            if translation is None or translation.get('type') in ('unfinished', 'obsolete', 'vanished'):
                continue
            forms = [f.text or '' for f in translation.findall('numerusform')] or [translation.text or '']
            if any(form.strip() for form in forms):
                yield name, message.findtext('source') or '', message.findtext('comment') or '', forms


class Memory:
    def __init__(self):
        self.exact = {}      # (context, source, comment) -> forms
        self.by_text = {}    # (source, comment) -> set of tuple(forms)

    def learn(self, context, source, comment, forms):
        self.exact.setdefault((context, source, comment), forms)
        self.by_text.setdefault((source, comment), set()).add(tuple(forms))

    def recall(self, context, source, comment):
        """Return (forms, None) or (None, reason)."""
        if (context, source, comment) in self.exact:
            return self.exact[(context, source, comment)], None
        candidates = self.by_text.get((source, comment), set())
        if len(candidates) == 1:
            return list(next(iter(candidates))), None
        if candidates:
            return None, 'translated differently in other contexts: ' + ' | '.join(c[0] for c in sorted(candidates))
        return None, 'no translation known'


def load_table(path, memory_exact, memory_text):
    with open(path, encoding='utf-8') as f:
        table = json.load(f)
    as_forms = lambda value: value if isinstance(value, list) else [value]
    for context, entries in table.get('by_context', {}).items():
        for source, value in entries.items():
            memory_exact[(context, source, '')] = as_forms(value)
    for source, value in table.get('by_source', {}).items():
        memory_text[(source, '')] = as_forms(value)


def catalog_language(path):
    with open(path, encoding='utf-8') as f:
        head = f.read(4096)
    return (re.search(r'<TS[^>]*\blanguage="([^"]*)"', head) or [None, ''])[1].split('_')[0].lower()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('target', help='the .ts file to fill in place')
    parser.add_argument('--from', dest='sources', action='append', default=[], metavar='TS',
                        help='a catalog to take finished translations from (repeatable)')
    parser.add_argument('--table', action='append', default=[], metavar='JSON',
                        help='new translations, see above (repeatable; wins over --from)')
    parser.add_argument('--dry-run', action='store_true', help='report only, do not write')
    args = parser.parse_args()

    memory = Memory()
    target_language = catalog_language(args.target)
    for path in args.sources + [args.target]:
        if catalog_language(path) != target_language:
            # A Vietnamese catalog must never fill an English one (numerus forms included).
            print(f'{path}: skipped, its language is not {target_language!r}', file=sys.stderr)
            continue
        for entry in finished_entries(path):
            memory.learn(*entry)
    table_exact, table_text = {}, {}
    for path in args.table:
        load_table(path, table_exact, table_text)

    with open(args.target, encoding='utf-8') as f:
        text = f.read()
    language = (re.search(r'<TS[^>]*\blanguage="([^"]*)"', text) or [None, ''])[1]
    english = language.lower().startswith('en')

    filled, missing = 0, []
    out, position, context = [], 0, ''
    contexts = [(m.start(), html.unescape(m.group(1))) for m in CONTEXT.finditer(text)]

    def context_at(offset):
        name = ''
        for start, value in contexts:
            if start > offset:
                break
            name = value
        return name

    for match in MESSAGE.finditer(text):
        context = context_at(match.start())
        source = html.unescape(match.group('source'))
        comment = html.unescape(match.group('comment') or '')
        numerus = bool(match.group('numerus'))
        if english and not numerus:
            continue
        forms = table_exact.get((context, source, comment)) or table_text.get((source, comment))
        reason = None
        if forms is None:
            forms, reason = memory.recall(context, source, comment)
        if forms is None:
            missing.append((context, source, reason))
            continue
        if numerus and not english:
            forms = forms[:1]
        indent = '\n            '
        if numerus:
            body = ''.join(indent + '<numerusform>%s</numerusform>' % escape(f) for f in forms)
            translation = '<translation>' + body + '\n        </translation>'
        else:
            translation = '<translation>%s</translation>' % escape(forms[0])
        out.append(text[position:match.start()])
        out.append(match.group('head') + translation)
        position = match.end()
        filled += 1
    out.append(text[position:])

    if not args.dry_run:
        with open(args.target, 'w', encoding='utf-8') as f:
            f.write(''.join(out))
    print(f'{args.target}: filled {filled}, still unfinished {len(missing)}')
    for context, source, reason in missing:
        print(f'  [{context}] {source!r}: {reason}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
