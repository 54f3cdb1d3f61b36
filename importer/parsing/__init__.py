"""The parser's parts; ``importer.parser.parse_release`` is the entry point.

data        what the parser returns (ParsedRelease, ParsedQuote, …)
vocabulary  word lists, month and state tables, shared patterns
text        normalizing text, blocks, quoted and unquoted runs
names       names, titles, organizations, short forms of organizations
attribution attribution forms, lead-ins, reported speech, statement headers
header      date line, header, contacts, dateline, About; joining lines
quotes      _QuoteReader: quotations into attributed quotes
"""

from .data import BodyItem, Dateline, ParsedContact, ParsedQuote, ParsedRelease

__all__ = ["BodyItem", "Dateline", "ParsedContact", "ParsedQuote", "ParsedRelease"]
