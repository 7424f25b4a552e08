"""Training the shipped models from gold data: above the library and `eval` (whose gold readers and
scorers it uses), never imported by them. `attribution` trains the CRF tagger; the PLOVER classifier's
training is `newsledger.plover.train` (it needs no gold reader)."""
