"""Nominal speakers on war news (issue 11 §3): "officials" and "the researchers" speak for the body the
article is talking about there, never the other side named nearby. Our own sentences."""

from __future__ import annotations

from spans import speakers_by_source as _speakers


def test_officials_after_a_speaker_of_one_side_are_that_side_not_the_other_named_nearby(nlp):
    text = (
        "Russian attacks on civilians continued on Sunday.\n\n"
        "Ukraine's government said that Russia had launched 24 drones overnight.\n\n"
        "Six people were wounded in a strike on a village, local officials said."
    )
    speakers = _speakers(nlp, text)
    assert speakers["Ukraine's government"] == "gov:UKR"
    assert speakers["local officials"] == "gov:UKR"


def test_a_definite_plural_source_repeats_the_earlier_source_with_that_noun(nlp):
    text = (
        "Hackers are probing the election, researchers at Microsoft wrote in a report.\n\n"
        "Such attacks may grow before polling day, the researchers said."
    )
    speakers = _speakers(nlp, text)
    assert speakers["researchers at Microsoft"] == "org:microsoft"
    assert speakers["the researchers"] == "org:microsoft"


def test_a_described_body_noun_is_the_body_named_before(nlp):
    text = (
        "Microsoft said on Wednesday that Russian campaigns had begun.\n\n"
        "Hackers are probing the election, researchers at the tech giant wrote in a report.\n\n"
        "The International Atomic Energy Agency said the plant was safe. "
        "The nuclear watchdog said it had found no damage."
    )
    speakers = _speakers(nlp, text)
    assert speakers["researchers at the tech giant"] == "org:microsoft"
    assert speakers["The nuclear watchdog"] == "igo:iaea"


def test_a_description_after_a_name_and_a_comma_is_that_name(nlp):
    text = (
        "Gustav Brenner, a military analyst, spoke in Vienna on Monday.\n\n"
        "The army is exhausted. As Brenner, the former Austrian military policymaker remarked, the "
        "regime is acting like an unreliable daredevil."
    )
    speakers = _speakers(nlp, text)
    assert speakers["the former Austrian military policymaker"] == "person:gustav-brenner"


def test_an_indefinite_role_never_takes_a_person_already_named(nlp):
    text = "Vladimir Putin's invasion of Ukraine was a fiasco, an intelligence expert wrote in a newspaper."
    assert _speakers(nlp, text)["an intelligence expert"] is None


def test_an_indefinite_role_is_the_person_introduced_next(nlp):
    text = (
        "Vladimir Putin's invasion of Ukraine was a fiasco, an intelligence expert has claimed.\n\n"
        "Writing in a newspaper, David Thompson, a scholar at Oxford, said the spies had failed."
    )
    assert _speakers(nlp, text)["an intelligence expert"] == "person:david-thompson"


def test_a_role_source_after_a_quote_is_never_someone_named_inside_it(nlp):
    text = (
        "The war fever is being used to centralise power, Anna Schmidt warned on Monday.\n\n"
        "\u201cA few capitals push back, but Emmanuel Macron stands on the other side, arguing for "
        "more spending,\u201d the observer added."
    )
    assert _speakers(nlp, text)["the observer"] == "person:anna-schmidt"


def test_the_ministry_after_a_defence_ministry_is_that_armed_force(nlp):
    text = (
        "Russia's defence ministry said its forces had taken the village of Krasne. "
        "The ministry added that 40 Ukrainian soldiers had been killed."
    )
    assert _speakers(nlp, text)["The ministry"] == "mil:RUS"


def test_a_loose_role_in_the_body_does_not_take_the_next_sentence_person(nlp):
    text = (
        "Leaders met in Brussels on Thursday.\n\nThe summit lasted two days.\n\n"
        "Diplomats said the mood was tense.\n\n"
        "The European Commission proposed new sanctions. The bloc's executive said the measures would "
        "target Russian gas. Hungary's Viktor Orban said he would veto them."
    )
    speakers = _speakers(nlp, text)
    assert speakers["The bloc's executive"] != "person:viktor-orban"
    assert speakers["Hungary's Viktor Orban"] == "person:viktor-orban"


def test_a_role_with_a_titled_name_ner_missed_is_that_new_person(nlp):
    text = (
        "Romanian President Klaus Iohannis said on Monday that the danger was growing. Meanwhile, his top "
        "general, Romanian Army Chief of Staff Gheorghe Vlad, has warned that Moscow is preparing for a "
        "wider war."
    )
    speakers = _speakers(nlp, text)
    assert speakers["his top general, Romanian Army Chief of Staff Gheorghe Vlad,"] == "person:gheorghe-vlad"


def test_a_role_someone_holds_is_never_that_someone(nlp):
    text = (
        "Germany's chancellor Olaf Scholz said Berlin would send more air defence systems. "
        "Scholz's spokesman said the decision was final."
    )
    speakers = _speakers(nlp, text)
    assert speakers["Germany's chancellor Olaf Scholz"] == "person:olaf-scholz"
    assert speakers["Scholz's spokesman"] != "person:olaf-scholz"


def test_a_source_pronoun_after_a_quotation_paragraph_is_not_someone_named_in_it(nlp):
    text = (
        "Joe Biden said on Monday that the sanctions would work.\n\n"
        "\u201cVladimir Putin has made a grave mistake, and Xi Jinping knows it.\u201d\n\n"
        "He added that more aid would follow."
    )
    assert _speakers(nlp, text)["He"] == "person:joe-biden"


def test_a_body_or_group_a_person_owns_is_not_that_person(nlp):
    text = (
        "Joe Biden met Volodymyr Zelensky in Washington. Biden's administration said the aid would "
        "continue.\n\nVladimir Putin's critics have often died. Putin's goons planned to charge the "
        "businessman with fraud. Putin's statement said the charges were lawful."
    )
    speakers = _speakers(nlp, text)
    assert speakers["Biden's administration"] == "gov:USA"
    assert speakers["Putin's goons"] == "gov:RUS"  # his state's enforcers (the war_dev gold), never Putin
    assert speakers["Putin's statement"] == "person:vladimir-putin"


def test_a_headline_source_and_a_repeated_description_are_the_person_the_report_names(analyze):
    title = "Moscow's war was its 'worst spying failure,' spy expert says"
    text = (
        title + "\n\n"
        "Russia's invasion was a fiasco, an intelligence expert wrote in a newspaper. "
        "David Thompson is a scholar at Oxford.\n\n"
        "Putin's war is his greatest fiasco, an intelligence expert has claimed.\n\n"
        "Writing in a newspaper, David Thompson, a scholar at Oxford, said the spies had failed."
    )
    a = analyze(text, title=title)
    speakers = [(st.source.text, st.speaker) for st in a.statements if st.source is not None]
    assert speakers[:3] == [
        ("spy expert", "person:david-thompson"),
        ("an intelligence expert", "person:david-thompson"),
        ("an intelligence expert", "person:david-thompson"),
    ]


def test_a_repeated_description_with_other_words_is_not_the_same_person(nlp):
    text = (
        "Russia's invasion was a fiasco, an intelligence expert wrote in a newspaper. "
        "David Thompson is a scholar at Oxford.\n\n"
        "The war will go on for years, a military expert has claimed."
    )
    assert _speakers(nlp, text)["a military expert"] is None


def test_people_with_their_own_mandate_and_populations_speak_for_no_body(nlp):
    text = (
        "Lately, hawks in Congress have been arguing that the losses are a reason to keep going. "
        "The West is worried. People say the war will go on for years."
    )
    speakers = _speakers(nlp, text)
    assert speakers["hawks in Congress"] is None
    assert speakers["People"] is None


def test_a_scare_quoted_description_is_a_figure_of_speech_not_the_person_named_before(nlp):
    text = (
        "President Putin said on Monday that Moscow had no claims on its neighbours.\n\n"
        "The trouble may be that Europe never looks for the ‘man at the controls’ seeking desperately "
        "to keep the crisis alive."
    )
    assert _speakers(nlp, text)["the ‘man at the controls’"] is None


def test_it_in_the_same_sentence_is_not_the_object_of_a_preposition(nlp):
    text = (
        "Both leaders have reasons to talk up the danger.\n\n"
        "It is long-standing NATO doctrine not to send troops to Georgia, although it threatens "
        "sanctions if Moscow attacks."
    )
    speakers = _speakers(nlp, text)
    assert speakers["it"] == "igo:nato"


def test_the_bloc_long_after_its_last_mention_is_the_bloc_named_later_in_its_sentence(nlp):
    text = (
        "Moscow and NATO have no quarrel, the Kremlin said in March.\n\n"
        "Analysts disagree. Prices rose sharply. Factories closed across the continent. "
        "Many firms moved abroad.\n\n"
        "Washington gained from a crisis caused by the bloc’s decision to stop buying Russian gas, "
        "forcing the EU to import costly fuel."
    )
    assert _speakers(nlp, text)["the bloc"] == "igo:eu"


def test_a_british_party_by_its_short_name_is_the_party(nlp):
    text = (
        "An election is due in July. With Labour preparing to raise military spending after the "
        "summit, the government is in trouble."
    )
    assert _speakers(nlp, text)["Labour"] == "org:labour-party"
    assert _speakers(nlp, "The Tories vowed to cut taxes.")["The Tories"] == "org:conservative-party"


def test_a_leaders_goons_are_his_countrys_government(nlp):
    text = (
        "His father fled abroad days after Vladimir Putin's goons raided his office and planned to "
        "charge him with fraud."
    )
    assert _speakers(nlp, text)["Vladimir Putin's goons"] == "gov:RUS"


def test_a_surname_misspelt_by_one_letter_is_the_person_named_in_full(nlp):
    for full, misspelt, actor in [
        ("Omar Haddad", "Hadad", "person:omar-haddad"),
        ("Karl Obermann", "Oberman", "person:karl-obermann"),
    ]:
        text = (
            f"The generals met in secret, the Guardian's {full} wrote last week.\n\n"
            "It was considered unwise for the US to be openly involved. "
            f"{misspelt} reports, “That the border meeting was not the first such talk.”"
        )
        assert _speakers(nlp, text)[misspelt] == actor


def test_he_added_right_after_a_statement_is_its_speaker(nlp):
    text = (
        "The generals met in secret, the Guardian's Omar Haddad wrote last week.\n\n"
        "It was considered unwise for the US to be openly involved. Hadad reports, “That the border "
        "meeting was not the first such talk. The summit had come about after months of quarrels. "
        "The British chief was trusted by both sides. The Americans stayed away.”\n\n"
        "He added, “A few days earlier, the general had called his British friend.”"
    )
    assert _speakers(nlp, text)["He"] == "person:omar-haddad"


def test_local_officials_speak_for_the_country_of_the_place_named_just_before(nlp):
    text = (
        "Explosions shook a town near Kharkiv overnight. Local authorities said a warehouse had been damaged."
    )
    assert _speakers(nlp, text)["Local authorities"] == "gov:UKR"
    text = "Drones hit an oil depot near Belgorod on Sunday, regional officials said."
    assert _speakers(nlp, text)["regional officials"] == "gov:RUS"


def test_local_officials_of_a_front_line_town_get_no_guessed_country(nlp):
    assert (
        _speakers(nlp, "Shelling hit the centre of Horlivka, local officials said.")["local officials"]
        is None
    )


def test_a_participle_after_a_second_verb_of_the_report_goes_with_the_reporting_verb(nlp):
    text = (
        "The ministry confirmed that the raid had succeeded but did not disclose the target, claiming that "
        "nobody had been hurt."
    )
    sources = {st.cue.text: st.source.text for st in nlp(text)._.statements if st.source is not None}
    assert sources["claiming"] == "The ministry"


def test_a_group_placed_in_a_body_speaks_for_that_body_not_for_the_last_speaker(nlp):
    text = (
        "US officials said the offer was a trick. "
        "The diplomats in the Russian foreign ministry said that the proposal was dead."
    )
    speakers = _speakers(nlp, text)
    assert speakers["US officials"] == "gov:USA"
    assert speakers["The diplomats in the Russian foreign ministry"] == "org:rus-foreign-ministry"


def test_a_leaders_name_before_a_body_noun_is_that_leaders_government(nlp):
    text = (
        "The Biden administration promised new shells to Kyiv on Friday. "
        "The administration said the first batch would leave within weeks.\n\n"
        "Trump officials said the talks in Riyadh had gone well."
    )
    speakers = _speakers(nlp, text)
    assert speakers["The administration"] == "gov:USA"  # not Kyiv, the government named just before
    assert speakers["Trump officials"] == "gov:USA"
    mentions = {m.span.text: (m.actor_id, m.kind) for m in nlp(text)._.mentions}
    assert mentions["Biden"] == ("person:joe-biden", "surname")  # the name still names the man
    assert mentions["The administration"] == ("gov:USA", "role")


def test_a_body_noun_repeated_is_the_body_it_named_before_not_the_nearest_government(nlp):
    text = (
        "The Slovak government vetoed the loan on Tuesday. Kyiv protested at once. "
        "The government said it would not change its mind."
    )
    assert _speakers(nlp, text)["The government"] == "gov:SVK"


def test_a_countrys_general_staff_is_its_military(nlp):
    text = "Ukraine's General Staff said 40 drones fell. The Russian General Staff said it had advanced."
    speakers = _speakers(nlp, text)
    assert speakers["Ukraine's General Staff"] == "mil:UKR"
    assert speakers["The Russian General Staff"] == "mil:RUS"


def test_bare_officials_in_a_capital_speak_for_its_government_not_diplomats_or_sided_groups(nlp):
    text = "Officials in Kyiv said the dam held. Authorities in Kharkiv said two shops burned."
    speakers = _speakers(nlp, text)
    assert speakers["Officials in Kyiv"] == "gov:UKR"
    assert speakers["Authorities in Kharkiv"] == "gov:UKR"
    # foreign diplomats serve in a capital too; a group that names its side is that side's
    assert _speakers(nlp, "Diplomats in Moscow said the envoy had left.")["Diplomats in Moscow"] is None
    speakers = _speakers(nlp, "Western officials in Kyiv said the talks were useful.")
    assert speakers["Western officials in Kyiv"] is None


def test_the_magazine_and_the_think_tank_are_the_outlet_and_institute_named_before(nlp):
    text = (
        "The Economist reported that the port was mined. The magazine said the navy knew. "
        "The Exampleton Institute for Naval Studies said the mines were old. "
        "The think tank added that clearing them would take a year."
    )
    speakers = _speakers(nlp, text)
    assert speakers["The magazine"] == speakers["The Economist"] == "media:the-economist"
    assert speakers["The think tank"] == "org:exampleton-institute-for-naval-studies"


def test_someones_spokesman_is_neither_them_nor_the_other_person_named_nearby(nlp):
    speakers = _speakers(nlp, "Chancellor Olaf Scholz said tanks would go. His spokesman said it was set.")
    assert speakers["His spokesman"] is None  # not Scholz himself
    speakers = _speakers(nlp, "Scholz met Macron in Paris. Scholz's spokesman said the talks went well.")
    assert speakers["Scholz's spokesman"] is None  # not Macron, the nearest other person
    text = "Scholz met Macron. His spokesman, Steffen Hebestreit, said the talks went well."
    assert _speakers(nlp, text)["His spokesman, Steffen Hebestreit,"] == "person:steffen-hebestreit"


def test_the_one_an_outlet_cites_is_the_speaker_and_anonymous_sources_are_no_one(nlp):
    text = "Berlin checked the rifles only twice, the Baltic Courier reported on Friday, citing officials."
    assert _speakers(nlp, text)["the Baltic Courier"] == "gov:DEU"
    assert _speakers(nlp, "Prices rose, Reuters reported, citing sources.")["Reuters"] is None
    assert _speakers(nlp, "Prices rose, Reuters reported.")["Reuters"] == "media:reuters"
