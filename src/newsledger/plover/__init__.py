"""The learned PLOVER classifier: who did what to whom, for one marked source and target in a sentence.

`features` turns a parsed sentence plus source/target offsets into sparse features (parse path between the
two, governing verb, the trigger lexicon's votes, n-grams); `train` fits and cross-validates; `model` loads
the shipped weights for the event component and the CLI.
"""
