"""Knowledge shared by several pipes and by the trained models, below all of them.

`cues` reads the cue lexicon (`data/cue_verbs.tsv`: what marks a statement, its stance and class);
`events` reads the event trigger lexicon and the CAMEO table (`data/event_patterns.json`,
`data/cameo_plover.tsv`). The statements pipe and the attribution model share the first; the events
pipe and the PLOVER classifier share the second. Nothing here imports a pipe, so no package above
(extract, attribution, plover) imports another through it.
"""
