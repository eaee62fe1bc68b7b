"""Briefing: a static briefing-site generator.

Data flows one way, one module per stage, plain dataclasses between them:

    reader     site_src/articles/*.md  -> Article
    pipeline   Article -> spaCy Doc (NER + our quote, actor and time components)
    extract    Doc -> ArticleExtraction (cached by content hash)
    curated    site_src/actors.yml, site_src/timelines/*.yml -> CuratedData
    knowledge  [ArticleExtraction] + CuratedData -> KnowledgeBase
    render     KnowledgeBase -> Markdown pages + docs/data/briefing.json
    writer     pages -> docs/ (only changed files, only files it owns)

`generator.build.build()` runs them all; the CLI and the MkDocs hook both call it.
"""

__version__ = "0.1.0"
