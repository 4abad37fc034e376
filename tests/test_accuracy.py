"""The accuracy harness on the labelled development set: figures must not fall.

FLOORS are the figures reached so far, less a small margin; TARGETS are what
the project aims for. A split that does not meet its target yet is marked as
an expected failure, strictly, so the test turns red the day it does and the
floor must be raised.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile.evaluate import load_stories, run_stories, summarise
from reconcile.extract import default_jobs

STORIES = Path(__file__).parent / "data" / "stories"
TARGETS = {"precision": 0.90, "recall": 0.85, "kind_f1": 0.75, "cluster_f1": 0.90}
# The held-out split is stories written after the rules were last tuned, and never looked at since but
# through these figures (stories held out earlier were used for tuning and now belong to the tune split).
# The tune floors fell when 24 stories written blind (zf- to zj-) joined the split: recall on them was 0.64 to
# 0.72 when first scored, and the split is now measured with them. They fell again with 12 more (zk-, zl-: recall
# 0.58 and 0.45 when first scored, on events named in new ways and on topics outside the first six).
# The held-out precision floor fell from 0.80 to 0.79 when the six blind zn- stories joined that split (precision
# 0.75 on them when first scored); it is back at 0.80 (the split's precision is 0.818, its recall 0.718).
# The tune recall floor fell from 0.81 to 0.79 when twelve blind stories (zp-, zq-) joined the split: their recall
# was 0.57 and 0.65 when first scored, most misses being places, dates and numbers of rounds of events.
# The tune cluster floor fell from 0.89 to 0.87, and the precision floor from 0.94 to 0.93, when twelve more blind
# stories (zr-, zs-) joined: entity-pair F1 0.66 and 0.84 and precision 0.76 and 0.68 when first scored; two zr-
# stories have a source written wholly in Arabic or Russian, whose names the English tagger does not find. With them
# the split reaches precision 0.942, recall 0.797 and entity-pair F1 0.883.
# Six blind stories of several events each (zt-) joined the tune split at precision 0.64 and recall 0.47 when first
# scored; with them and the rules drawn from them the split is at precision 0.939, recall 0.791, entity-pair F1 0.883,
# so the floors stand.
# Entity linking then gained on both splits (entity-pair F1 0.883 -> 0.901 on tune, 0.872 -> 0.883 held out), and the
# cluster floors rose with it.
# Six blind stories of ordinary news (zw-, F1 0.70 when first scored) joined the tune split, and six more written after
# the rules drawn from them (zx-: precision 0.83, recall 0.57 when first scored) joined the held-out split; with them
# the tune split is at precision 0.939, recall 0.793, and the held-out split at precision 0.833, recall 0.704, so the
# floors stand.
# Six more blind tune stories (zy-, F1 0.69 when first scored) took tune recall to 0.785; with the rules drawn from them
# the tune split is at precision 0.943, recall 0.792, and the held-out split at precision 0.834, recall 0.708.
# Six more blind tune stories (zz-, F1 0.71 when first scored) joined; with them and the rules drawn from them the tune
# split is at precision 0.942, recall 0.794, entity-pair F1 0.90, and the held-out split at precision 0.833, recall 0.711.
# Six more blind tune stories (zza-, F1 0.71 and entity-pair F1 0.74 when first scored) joined; with them and the rules
# drawn from them the tune split is at precision 0.941, recall 0.798, entity-pair F1 0.90, and the held-out split at
# precision 0.829, recall 0.716, so the floors stand.
# Six more blind tune stories (zzb-, F1 0.68 and entity-pair F1 0.89 when first scored) joined. The harness learnt to
# read a date side written as another report writes the same day ("yesterday" / "October 16") and a term of years and
# months as its years; with that and the rules drawn from the new stories the tune split is at precision 0.943, recall
# 0.798, entity-pair F1 0.90, and the held-out split at precision 0.841, recall 0.728 (four of its seven new hits are
# the harness's reading of dates), and the held-out floors rose. Six more blind tune stories (zzc-) and rules about what
# the tagger and the parser tell badly (places, titles beside names found late, lengths, capacities, quarters) put the
# tune split (234 stories) at precision 0.937, recall 0.803, and the held-out split at precision 0.843, recall 0.741.
# Six more blind tune stories (zzd-, F1 0.65 and entity-pair F1 0.77 when first scored) joined; with them and the rules
# drawn from them (plans told further down a later report, Korean names, ranks, set scores) the tune split (240
# stories) is at precision 0.935, recall 0.797, entity-pair F1 0.898, and the held-out split at precision 0.847, recall
# 0.744, entity-pair F1 0.889, and the held-out floors rose. Six more (zze-) left the figures about where they were.
# The tune recall floor fell from 0.79 to 0.78 when six more blind stories (zzf-: recall 0.56 and entity-pair F1 0.72
# when first scored) joined; with them and the rules drawn from them (names: Korean romanisations, nicknames, double
# surnames, firms called by their first word) the tune split (252 stories) is at precision 0.933, recall 0.788,
# entity-pair F1 0.90, and the held-out split is unchanged (precision 0.850, recall 0.744).
# Six more blind tune stories (zzg-: recall 0.58 and entity-pair F1 0.80 when first scored) joined; with them and the
# rules drawn from them (terms listed or sought, titles, Russian surnames in any case, places of a town in its areas)
# the tune split (258 stories) is at precision 0.932, recall 0.781, entity-pair F1 0.90, and the held-out split at
# precision 0.853, recall 0.749, entity-pair F1 0.89, so the floors stand.
# The tune precision floor fell from 0.93 to 0.92 and the recall floor from 0.78 to 0.77 when six more blind stories
# (zzh-: precision 0.79, recall 0.59 when first scored) joined: the tune split (264 stories) was then at precision
# 0.927, recall 0.774. With the rules drawn from them (counts proven, sums per family and by the act they are of,
# deadlines, sending-off minutes, a junior minister's rank) the split is at precision 0.930, recall 0.781, and the
# floors are back at 0.93 and 0.78; the held-out split is unchanged (precision 0.853, recall 0.749).
# They fell again to 0.92 and 0.77 when six more blind stories (zzi-: precision 0.86, recall 0.63 when first scored)
# joined: the tune split (270 stories) was then at precision 0.928, recall 0.776. With the rules drawn from them
# (referendum answers, sums of two sizes, race times, job pledges, Mauritanian names, editions named) it is at 0.931
# and 0.783, too close to 0.93 and 0.78 to raise the floors; the held-out split is at precision 0.853, recall 0.754.
# Six more blind tune stories (zzj-: precision 0.87, recall 0.58 when first scored) joined; with them and the rules
# drawn from them (currencies by country, conversions, limits, casualty totals, titles, ballots) the tune split (276
# stories) is at precision 0.932, recall 0.783, and the held-out split at precision 0.854, recall 0.757: the floors stand.
# Six more (zzk-: precision 0.83, recall 0.56 when first scored) joined; with them and the rules drawn from them
# (currencies named as several countries' are, parts of a toll, seat lists, whose term, series numbered one apart)
# the tune split (282 stories) is at precision 0.932, recall 0.783, and the held-out split at precision 0.856, recall
# 0.757: the floors stand. Rules on visits, verdicts, run-off headlines and titles then took the tune split to
# precision 0.935, recall 0.788, the held-out split unchanged (0.856, 0.757): the floors stand.
# Six more (zzl-: precision 0.88, recall 0.60 when first scored) joined; with them and the rules drawn from them
# (buildings named after towns, given names tagged as bodies, counts proven per defendant, magnitudes) the tune split
# (288 stories) is at precision 0.935, recall 0.784, and the held-out split unchanged: the floors stand.
# Six more (zzm-: precision 0.80, recall 0.70 when first scored) joined; with them and the rules drawn from them
# (sums by what they pay for, terms and sums told in halves, days of mourning, recounts, cut given names) the tune
# split (294 stories) is at precision 0.937, recall 0.784, and the held-out split at precision 0.860, recall 0.762:
# the floors stand.
# Six more (zzn-: precision 0.85, recall 0.65 when first scored) joined; with them and the rules drawn from them
# ("son of" however written, bodies named by initials in their own language, people forced from their homes, voters
# on the register, ounces, one verdict dated a day apart) the tune split (300 stories) is at precision 0.937, recall
# 0.784, and the held-out split at precision 0.861, recall 0.762: the floors stand.
# Six more (zzo-: precision 0.81, recall 0.61 when first scored) joined; with them and the rules drawn from them
# (Chinese names in Wade-Giles and pinyin, regulators' approvals, cricket totals, terms received, ages) the tune split
# (306 stories) is at precision 0.937, recall 0.786, and the held-out split at precision 0.863, recall 0.762: the
# floors stand.
# Six more (zzp-: precision 0.83, recall 0.67 when first scored) joined; with them and the rules drawn from them
# (shares in brackets and gapped lists, people in shelters, grants as aid, a city by its own name before another's
# alias, offices after a name in another script) the tune split (312 stories) is at precision 0.937, recall 0.786,
# and the held-out split at precision 0.864, recall 0.762: the floors stand.
# Six more (zzq-: precision 0.76, recall 0.55 when first scored) joined; with them and the rules drawn from them
# (a town before the event's day or hung on a "where" clause, trips with stops, states written with "state",
# Vietnamese "đ", drivers after a country's "'s", offices listed before their holders, bids and runs of terms,
# sums with their conversion, race margins, crowds) the tune split (318 stories) is at precision 0.937, recall 0.782,
# and the held-out split at precision 0.861, recall 0.761: the floors stand.
# Six more (zzr- and zzs-: precision 0.74, recall 0.63 when first scored) joined; with them and the rules drawn from
# them (days numbered within a search or a trial, acts voted on at a meeting, orders of an event, deals completed, rounds
# named in asides, shares of those behind, courtesies, transliterated first letters) the tune split (324 stories) is
# at precision 0.934, recall 0.785, and the held-out split at precision 0.860, recall 0.764: the floors stand.
# Six more (zzt- and zzu-: precision 0.81, recall 0.63 when first scored) joined; with them and the rules drawn from
# them (counts linked by their words, shareholders' meetings known by their company, a vehicle's departure, shares of a
# round told elsewhere, transliterated water names) the tune split (330 stories) is at precision 0.934, recall 0.785,
# and the held-out split at precision 0.861, recall 0.764: the floors stand.
# Six more (zzv- and zzw-: precision 0.73, recall 0.59 when first scored) joined; with them and the rules drawn from
# them (the sides a score's sentence names, hedges of "about" by how finely a figure is rounded, a conviction recalled
# by its month or its court, shareholders approving a deal at their meeting, a place a crowd filled, a title's number on
# the word before it) the tune split (336 stories) is at precision 0.933, recall 0.787, and the held-out split at
# precision 0.862, recall 0.767: the floors stand.
# Six more (zzx- and zzy-: precision 0.83, recall 0.57 when first scored) joined; with them and the rules drawn from
# them (speakers of live blogs and run-on sentences, stakes by their holders, the other side's votes, contracts
# counted, games numbered after their noun, arrests by whom, burials) the tune split (342 stories) is at precision
# 0.933, recall 0.787, and the held-out split at precision 0.864, recall 0.771: the floors stand.
# Six more (zzz- and zzza-: precision 0.86, recall 0.70 when first scored) joined; with them and the rules drawn from
# them (shares and seats taken, offices served in, beds designed for, visitors, tributes, final rounds, declarations,
# towns the gazetteer lacks, airports) the tune split (348 stories) is at precision 0.932, recall 0.789, and the
# held-out split at precision 0.863, recall 0.772: the floors stand.
# Six more (zzzb- and zzzc-: precision 0.86, recall 0.73 when first scored) joined; with them and the rules drawn from
# them (counts of finals and trophies, collapses told by other verbs, memorial masses, groundbreakings, rallies by
# their holders, days before a speaker or hung on the clause beside) the tune split (354 stories) is at precision
# 0.932, recall 0.794, and the held-out split at precision 0.865, recall 0.774: the floors stand.
# Twelve more (zzzd- and zzze-: precision 0.86, recall 0.68 when first scored; zzzf- and zzzg-, scored with the code of
# midway through the rules drawn from the first six: precision 0.93, recall 0.79) joined; with them and the rules
# (towns cut at a small word or tagged as people, datelines abroad, closing arguments, courts' chambers, prices a
# share, delegates, trades beside offices) the tune split (366 stories) is at precision 0.934, recall 0.795, and the
# held-out split at precision 0.863, recall 0.774: the floors stand.
# Twelve more (zzzh- and zzzi-: precision 0.85, recall 0.70 when first scored; zzzj- and zzzk-: precision 0.90, recall
# 0.71, both with the code before them) joined. The harness now gives each gold flag its own flag by the largest
# matching, and meets a date side by the day it names; with that and the rules drawn from the new stories (a vote at a
# meeting, sides that beat others, Malay and Southeast Asian Chinese names, sites of plants, hearings begun, a prize
# taken home, a toll joined to a time) the tune split (378 stories) is at precision 0.934, recall 0.795, and the
# held-out split at precision 0.865, recall 0.774: the floors stand.
# Six more (zzzl- and zzzm-: precision 0.89, recall 0.76 when first scored, with the code before them) joined; with
# them and the rules drawn from the tune split (games told by their result and known by their sides, a term of someone
# only described, a debate whose effect is denied, a ship's sinking by its name, landfall made, names opened by
# "Than") the tune split (384 stories) is at precision 0.935, recall 0.796, and the held-out split at precision 0.865,
# recall 0.777: the floors stand.
# Three more (zzzn-: precision 0.84, recall 0.59 when first scored, with the code before them) joined; with them and
# the rules drawn from the tune split (a day given to the event's own noun, a dateline's town, one weekday read as two
# weeks', court acts apart unless their days agree, a ceremony named by its act, a day brought forward to) the tune
# split (387 stories) is at precision 0.939, recall 0.798, and the held-out split at precision 0.869, recall 0.779:
# the floors stand.
# Twenty-one more (zzzo- to zzzu-: F1 0.58 to 0.80 when first scored) joined; with them and the rules drawn from the
# tune split (quotes in broadcast transcripts, names cut at a portfolio, a nationality or an elided particle, a
# dateline's day and town, a town before its country, churches named for saints, games numbered on one day) the tune
# split (408 stories) is at precision 0.934, recall 0.788, and the held-out split at precision 0.869, recall 0.779:
# the floors stand.
# Thirty-six more (zzzv- to zzzzg-: F1 0.65 to 0.79 when first scored) joined; with them and the rules drawn from
# the tune split (a verdict told by two acts, a venue and the village after it, headlands and sounds, countries named
# by two names joined with "and", a plan in a clause on the event, the injured however told) the tune split (444
# stories) is at precision 0.929, recall 0.777, and the held-out split at precision 0.869, recall 0.782: the floors
# stand.
# The tune recall floor fell from 0.77 to 0.76 when forty-five more blind stories (zzzzh- to zzzzv-: F1 0.61 to 0.85
# when first scored) joined: with them and the rules drawn from them (sites put in a town by any report, islands by
# their country's first name, Greek and Armenian romanisations, Central Asian Cyrillic, portfolios of several areas,
# rounded figures in words, crowns, statutory maxima, elided rounds with an aside) the tune split (489 stories) is at
# precision 0.920, recall 0.765, and the held-out split at precision 0.871, recall 0.782.
# The tune precision floor fell from 0.92 to 0.91 and the recall floor from 0.76 to 0.75 when forty-five more blind
# stories (zzzzw- to zzzzzk-: F1 0.64 to 0.82, precision 0.84 and recall 0.65 together when first scored) joined: with
# them and the rules drawn from them (arrests by whom "he" stands for, sittings of a body, days moved from, dropped
# plans, plans told in a clause on the moved event, names in South Asian scripts, terms accepted in a plea deal,
# standings that are no scores, vice ministers, Andean names) the tune split (534 stories) is at precision 0.916,
# recall 0.757, and the held-out split at precision 0.872, recall 0.782.
# The tune recall floor fell from 0.75 to 0.74 when forty-five more blind stories (y01- to y15-: F1 0.45 to 0.83,
# precision 0.84 and recall 0.59 together when first scored) joined: with them and the rules drawn from them (grounds
# named with the word for a ground first, finishing times, lengths of a race and of a fall, turnout told by those who
# voted, offices with the area they serve) the tune split (579 stories) is at precision 0.911, recall 0.743, and the
# held-out split at precision 0.874, recall 0.784.
# The tune precision floor fell from 0.91 to 0.90 and the recall floor from 0.74 to 0.73 when eighteen more blind
# stories (y16- to y21-: precision 0.81, recall 0.62 together when first scored) joined: with them the tune split (597
# stories) is at precision 0.907, recall 0.738. Twelve more (y22- to y25-: precision 0.87, recall 0.62 when first
# scored) joined; with them and the rules drawn from the eighteen (the hurt carried however told, terms asked for,
# searches to go on until a day, days hung on the phrase that places the event, a body's president) the tune split
# (609 stories) is at precision 0.907, recall 0.736. Twelve more (y26- to y29-: precision 0.84, recall 0.62 when first
# scored, the same as with the code before this round) joined; with them the tune split (621 stories) is at precision
# 0.906, recall 0.734, entity-pair F1 0.899, and the held-out split at precision 0.874, recall 0.784. Twenty-four more
# (y30- to y37-: precision 0.86 and 0.88, recall 0.60 and 0.61 when first scored) joined; with them and the rules of
# this round (the one numbered event of a series, trips told by "came to", a place with and without the word for its
# kind, the plan brought forward) the tune split (645 stories) is at precision 0.905, recall 0.730, entity-pair F1
# 0.897, and the held-out split at precision 0.873, recall 0.786, entity-pair F1 0.909.
# The tune recall floor fell from 0.73 to 0.72 when twelve more blind stories (y38- to y41-: precision 0.79, recall
# 0.60 together when first scored) joined: with them the tune split (657 stories) was at precision 0.902, recall 0.727,
# entity-pair F1 0.895. With the rules of this round (figures of one kind each report gives alone, a sum whose purpose
# goes unnamed, senior grades, a prosecutor's or a judge's part in a case) it is at precision 0.908, recall 0.729, and
# the held-out split at precision 0.874, recall 0.786, entity-pair F1 0.909.
# Twelve more (y42- to y45-: precision 0.86, recall 0.65 when first scored) joined: the tune split (669 stories) was
# then at precision 0.907, recall 0.727. With the rules of this round (villages tagged as bodies, rounds told in one
# sentence, months as a key, tolls and survivors, names run into a party) it is at precision 0.908, recall 0.728,
# entity-pair F1 0.895, and the held-out split at precision 0.873, recall 0.787, entity-pair F1 0.910: the floors stand.
# Twelve more (y46- to y49-: precision 0.79, recall 0.60 when first scored) joined: the tune split (681 stories) was
# then at precision 0.905, recall 0.726. With the rules of this round (acts done at an event, a contest one chooses
# in, evidence given by video link, plans and the one event a later report still tells ahead) it is at precision
# 0.907, recall 0.728, entity-pair F1 0.896, and the held-out split at precision 0.870, recall 0.789, entity-pair F1
# 0.910: the floors stand.
# Twelve more (y50- to y53-: precision 0.87, recall 0.67 when first scored) joined: the tune split (693 stories) was
# then at precision 0.906, recall 0.727. With the rules of this round (a hearing moved to a building in another town, a
# court that puts a hearing back, a concession's length, a player's points and a batter's runs, wounds, capacities,
# more currencies) it is at precision 0.907, recall 0.730, entity-pair F1 0.897, and the held-out split at precision
# 0.872, recall 0.792, entity-pair F1 0.910: the floors stand.
# Twelve more (y54- to y57-: precision 0.86, recall 0.66 when first scored) joined: the tune split (705 stories) was
# then at precision 0.906, recall 0.729. With the rules of this round (villages tagged as bodies, a move told by two
# verbs, a town spelled without its accents, "jailed", a body's workers, a runner-up's share, a run-off's live blog)
# it is at precision 0.906, recall 0.730, entity-pair F1 0.897, and the held-out split at precision 0.874, recall
# 0.792, entity-pair F1 0.910: the floors stand.
# Twelve more (y58- to y61-: precision 0.84, recall 0.64 when first scored) joined: the tune split (717 stories) was
# then at precision 0.905, recall 0.728. With the rules of this round (towns and villages spelled a letter apart, the
# particle "Ag", given names alone, things inspected, signatures put to a document, plans a report says were moved,
# every ISO currency code, numbers beside a crowd's words) it is at precision 0.906, recall 0.730, entity-pair F1
# 0.898, and the held-out split at precision 0.875, recall 0.794, entity-pair F1 0.911: the floors stand.
# Twelve more (y62- to y65-: precision 0.90, recall 0.63 when first scored) joined: the tune split (729 stories) was
# then at precision 0.906, recall 0.728. With the rules of this round (quotes after a colon, streets, games told by
# their number, titles before names, bail, delegates, things numbered once, events awaited by their noun) it is at
# precision 0.906, recall 0.733, entity-pair F1 0.898, and the held-out split at precision 0.874, recall 0.796,
# entity-pair F1 0.911: the floors stand.
# Twelve more (y66- to y69-: precision 0.88, recall 0.70 when first scored) joined: the tune split (741 stories) was
# then at precision 0.906, recall 0.733. With the rules of this round (towns transliterated two ways, captains,
# "akim", "Additional" posts, special envoys, decisions delivered, parades, convoys, arrests red-handed, terms being
# served, scores of other matches) it is at precision 0.907, recall 0.734, entity-pair F1 0.898, and the held-out
# split at precision 0.872, recall 0.796, entity-pair F1 0.911: the floors stand.
# Twelve more (y70- to y73-: precision 0.79, recall 0.59 when first scored) joined: the tune split (753 stories) was
# then at precision 0.905, recall 0.732. With the rules of this round (courts adjourning, oaths, the one coming event
# of a name, the next round, weekdays of two weeks, sites inspected, names run into bodies, police ranks, council
# sizes, starting prices, bail bonds, suspensions) it is at precision 0.906, recall 0.735, entity-pair F1 0.898, and
# the held-out split at precision 0.872, recall 0.796, entity-pair F1 0.911: the floors stand.
# Twelve more (y74- to y77-: precision 0.82, recall 0.77 when first scored) joined: the tune split (765 stories) was
# then at precision 0.905, recall 0.735. With the rules of this round (the one coming event of each report called by
# a word of its own, past posts, offices tagged as bodies, cities' own names spelled another way, general meetings,
# families displaced, rivals' tallies) it is at precision 0.907, recall 0.736, entity-pair F1 0.899, and the held-out
# split at precision 0.876, recall 0.796, entity-pair F1 0.911: the floors stand.
# Twelve more (y78- to y81-: precision 0.88, recall 0.74 when first scored) joined: the tune split (777 stories) was
# then at precision 0.906, recall 0.736. With the rules of this round (a plan and the event a later report opens with
# weighed by what they agree on, surnames with one vowel for another, a city's own quarter, names cut before a price,
# trade raised to a target, margins beaten by with a hedge, a dozen, general secretaries, numbers set off after an
# event's noun) it is at precision 0.907, recall 0.737, entity-pair F1 0.899, and the held-out split at precision
# 0.879, recall 0.797, entity-pair F1 0.911: the floors stand.
# Twelve more (y82- to y85-: precision 0.89, recall 0.70 when first scored) joined: the tune split (789 stories) was
# then at precision 0.907, recall 0.737. With the rules of this round (names with the name their holder goes by, names
# after an office, Burmese courtesies, former names in brackets, sides hosted, prize-givings, handovers, plans put off,
# meetings moved, bans, scores told in a clause on a side, clubs) it is at precision 0.908, recall 0.739, entity-pair
# F1 0.900, and the held-out split at precision 0.879, recall 0.797, entity-pair F1 0.911: the floors stand.
# Twelve more (y86- to y89-: precision 0.87, recall 0.73 when first scored) joined: the tune split (801 stories) was
# then at precision 0.907, recall 0.739. With the rules of this round (series that move on, next rounds, days of a
# search, judges sitting in a town, visits told by their noun, by a delegation led or by a court, burials, names with an
# apostrophe, venues opened by a courtesy, offices the tagger took for people, meetings put back, the session before) it
# is at precision 0.908, recall 0.741, entity-pair F1 0.901, and the held-out split at precision 0.878, recall 0.797,
# entity-pair F1 0.911: the floors stand.
# Twelve more (y90- to y93-: precision 0.85, recall 0.71 when first scored) joined: the tune split (813 stories) was
# then at precision 0.907, recall 0.741. With the rules of this round (quotes after a linking word, "she" for an office
# named before, "Said" in a name, given names cut and spelled otherwise, officers of firms taken for people, states
# taken for people, portfolios in lower case, "Director General", crowds a meeting drew, counts raised to a number,
# debuts that may come, plans "originally scheduled" or "due to close", buildings on a street, grounds of a school,
# two buildings, a quarry's village, offices told by their level, pilgrims' titles, sprinters' times) it is at
# precision 0.909, recall 0.744, entity-pair F1 0.901, and the held-out split at precision 0.876, recall 0.797,
# entity-pair F1 0.911: the floors stand.
# Twelve more (y94- to y97-: precision 0.87, recall 0.73 when first scored) joined: the tune split (825 stories). With
# the rules of this round (processing units and packhouses as sites, goods made at a standing plant, names an event is
# held at, towns placed in their region, a hall with its street, a college's town, send-offs, "vote-counting", offices
# held in the Vice-President's Office, draws, wins a side needed, tranches of a loan) it is at precision 0.909, recall
# 0.744, entity-pair F1 0.90, and the held-out split at precision 0.876, recall 0.799, entity-pair F1 0.91: the
# floors stand.
# Twelve more (y98- to z01-: precision 0.91, recall 0.71 when first scored) joined: the tune split (837 stories). With
# the rules of this round (arrests and their towns, towns read as a language or a date, parts of a city, landfall
# "over" a town, named sides that will play, an auction, sites "to be based", halls named after a town and a council,
# depths and heights, terms after a conviction's gerund, a company's shares sold, a body of members, seats of an
# untagged list, a score in the semi-finals, named jails) it is at precision 0.910, recall 0.745, entity-pair F1
# 0.90, and the held-out split at precision 0.878, recall 0.797, entity-pair F1 0.91: the floors stand.
# Twelve more (z02- to z05-: precision 0.88, recall 0.70 when first scored) joined: the tune split (849 stories). With
# the rules of this round (a works' lines in one series, lines switched on, animals a flood drowned, households and
# families, children among a count, things caught with, acts told by other verbs, editions of one final, what
# happens every year, days said and days awaited, petitions lodged, decisions delivered, consent given, results
# read out, "nearly" a share) it is at precision 0.911, recall 0.747, entity-pair F1 0.90, and the held-out split at
# precision 0.879, recall 0.797, entity-pair F1 0.91: the floors stand.
# Twelve more (z06- to z09-: precision 0.90, recall 0.74 when first scored) joined: the tune split (861 stories). With
# the rules of this round (a round held after the parties it was between, a body meeting where it acted, events due
# somewhere or on a day, rooms of a venue, arrests told by their noun, appeals and pleas told by their verbs, storms
# of any kind, boats that set off, trains that left the rails, results declared, days "late on" and hung on "guilty",
# a rank beside a post, coaches counted as coaches, prizes received, a bare round of the kind others name) it is at
# precision 0.911, recall 0.749, entity-pair F1 0.90, and the held-out split at precision 0.879, recall 0.797,
# entity-pair F1 0.91: the floors stand.
# Twelve more (z10- to z13-: precision 0.92, recall 0.68 when first scored) joined: the tune split (873 stories). With
# the rules of this round (trips told as due somewhere or as a day spent there, a trip planned and made a day early
# elsewhere, a site toured named by its town, the delegations' trip, winners proclaimed elect, towns an event is
# planned for, a country not read from a town's short name, a funeral mass celebrated, a quake's epicentre, a meeting
# held in a neighbouring town, rounds given one number, the days given for an event's end, a quake that measured a
# magnitude) it is at precision 0.911, recall 0.751, entity-pair F1 0.90, and the held-out split at precision 0.877,
# recall 0.796, entity-pair F1 0.91: the floors stand.
# Twelve more (z14- to z17-: precision 0.78, recall 0.65 when first scored) joined: the tune split (885 stories). With
# the rules of this round (legal forms written out or cut short, family names a letter apart, names the tagger cut in
# two, two venues beside one town, a capital's name at home, sums in rupiah, the figure a count changed from, phases of
# a search or a project, the days of a recount, a conviction told by its noun, a service that begins, a lead told
# after the sides' votes) it is at
# precision 0.910, recall 0.753, entity-pair F1 0.90, and the held-out split at precision 0.880, recall 0.796,
# entity-pair F1 0.91: the floors stand.
FLOORS = {
    "tune": {"precision": 0.90, "recall": 0.72, "cluster_f1": 0.89},
    "heldout": {"precision": 0.84, "recall": 0.74, "cluster_f1": 0.88},
}


@pytest.fixture(scope="module")
def summaries():
    stories = load_stories(STORIES)
    jobs = default_jobs()
    return {split: summarise(split, run_stories([s for s in stories if s.split == split], workers=jobs))
            for split in FLOORS}


def test_development_set_is_big_enough():
    stories = load_stories(STORIES)
    assert len(stories) >= 10
    assert sum(len(list(s.sources_dir.glob("*.md"))) for s in stories) >= 50
    assert {s.split for s in stories} == {"tune", "heldout"}
    assert {s.topic for s in stories} >= {"diplomacy", "disaster", "court", "election", "business", "sports"}


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_figures_do_not_fall_below_floors(summaries, split):
    summary, floor = summaries[split], FLOORS[split]
    assert summary.overall.precision >= floor["precision"], summary
    assert summary.overall.recall >= floor["recall"], summary
    assert summary.clusters.f1 >= floor["cluster_f1"], summary


_NOT_YET = pytest.mark.xfail(strict=True, reason="the accuracy targets are not reached yet; raise FLOORS when they are")


# Neither split meets the targets yet. The tune split met them on 138 stories; with the 12 blind stories of zk- and
# zl- its recall is 0.83 and its place conflicts score F1 0.74.
@pytest.mark.parametrize("split", [pytest.param("tune", marks=_NOT_YET), pytest.param("heldout", marks=_NOT_YET)])
def test_targets(summaries, split):
    summary = summaries[split]
    assert summary.overall.precision >= TARGETS["precision"]
    assert summary.overall.recall >= TARGETS["recall"]
    assert all(s.f1 >= TARGETS["kind_f1"] for s in summary.by_kind.values())
    assert summary.clusters.f1 >= TARGETS["cluster_f1"]


def test_a_gold_name_never_written_alone_is_not_scored():
    from reconcile.evaluate import stands_alone

    texts = ["Chief executive Ilse Marwood said the plant would close. Marwood's deputy declined to comment.",
             "Ilse Marwood, the chief executive, spoke on Monday."]
    assert stands_alone("Marwood", ["Ilse Marwood", "Marwood"], texts)
    assert not stands_alone("Marwood", ["Ilse Marwood", "Marwood"], texts[1:])
    assert stands_alone("Ilse Marwood", ["Ilse Marwood", "Marwood"], texts[1:])


def test_a_figure_matches_with_or_without_its_unit_and_hedge():
    from reconcile.evaluate import value_matches

    assert value_matches("33,000 litres", "about 33,000", "single_source")
    assert value_matches("Sh1.8 billion", "1.8 billion", "number_conflict")
    assert value_matches("five years", "5 years", "number_conflict")
    assert not value_matches("five years", "four-year", "number_conflict")
    assert not value_matches("1.8 million", "1.8 billion", "number_conflict")
    # a term of years and months is its years
    assert value_matches("three and a half years", "three years and six months", "number_conflict")
    assert not value_matches("three and a half years", "three years and four months", "number_conflict")
    # and a term in months is the same term in years and months
    assert value_matches("one year and six months", "18-month", "number_conflict")
    assert value_matches("two years", "24 months", "number_conflict")
    assert not value_matches("two years", "18-month", "number_conflict")
    # Outside figures, the same words are needed: "12" is not "12 March".
    assert not value_matches("12", "March 13", "date_conflict")


def test_each_gold_flag_gets_its_own_flag_where_one_can():
    from reconcile.evaluate import best_matching

    # the first gold flag fits both predicted flags, the second only the first: each gets one
    assert best_matching([[0, 1], [0]]) == {0: 1, 1: 0}
    assert best_matching([[0], [0]]) == {0: 0}
    assert best_matching([[], [1]]) == {1: 1}


def test_a_date_side_names_its_own_day_not_that_of_a_shorter_date(tmp_path):
    import reconcile
    from reconcile.evaluate import days_named

    story_dir = tmp_path / "s-court-orvel-hearings"
    (story_dir / "sources").mkdir(parents=True)
    (story_dir / "story.yaml").write_text("title: Hearings\ntopic: court\nsplit: tune\n", encoding="utf-8")
    (story_dir / "sources" / "01_a.md").write_text(
        "---\noutlet: Orvel Ledger\npublished: 2027-03-10\n---\nThe hearing is set for Sunday, March 21.\n",
        encoding="utf-8")
    (story_dir / "sources" / "02_b.md").write_text(
        "---\noutlet: Arvel Daily\npublished: 2027-03-10\n---\nThe hearing is set for Sunday, March 14. The "
        "judges will inspect the site on Sunday.\n", encoding="utf-8")
    (story_dir / "gold.yaml").write_text(
        'flags:\n  - kind: date_conflict\n    sides: ["Sunday, March 21", "Sunday, March 14"]\n'
        "    note: the hearing\nclusters: []\n", encoding="utf-8")
    story = load_stories(tmp_path)[0]
    analysis = reconcile.analyse([story.sources_dir])
    assert "Sunday" in {c.value for c in analysis.claims if c.value_type == "date"}  # a Sunday of March 14
    # "Sunday" alone is in the words of "Sunday, March 21", but names another day
    days = days_named(story, analysis)["Sunday, March 21"]
    assert (2027, 3, 21) in days and (2027, 3, 14) not in days


def test_a_title_matches_with_or_without_its_owner():
    from reconcile.evaluate import value_matches

    assert value_matches("chairman of the State Water Committee", "chairman of Ruritania's State Water Committee",
                         "title_conflict")
    assert not value_matches("chairman of the State Water Committee", "chairman of the State Security Committee",
                             "title_conflict")


def test_a_town_matches_a_ground_named_with_the_town_as_its_owner():
    from reconcile.evaluate import value_matches

    assert value_matches("Valjevo", "Valjevo's City Stadium", "place_conflict")
    assert not value_matches("Valjevo", "Valjevos Stadium", "place_conflict")
    assert not value_matches("Valjevo", "Loznica's City Stadium", "place_conflict")


def test_a_name_is_scored_without_its_possessive():
    from reconcile.evaluate import _name_key

    assert _name_key("Ruritania's") == _name_key("Ruritania")
    assert _name_key("Ruritania’s Foreign Ministry") == _name_key("Ruritania Foreign Ministry")


def test_each_gold_side_is_met_by_its_own_claim_whatever_their_order():
    from reconcile.evaluate import GoldFlag, flag_matches
    from reconcile.models import Claim, Flag

    def claim(value):
        return Claim("a", "role", "Ada Lund", "title", value, 0, len(value), value, 0, "title")

    gold = GoldFlag("title_conflict", ["Vice-Chancellor", "Deputy Vice-Chancellor"])
    # "Vice-Chancellor" is in both values; the deputy's side has only the one
    flag = Flag("title_conflict", "high", 0.8, "Ada Lund: title", "",
                [claim("Deputy Vice-Chancellor"), claim("Vice-Chancellor of Harrowgate University")], "k")
    assert flag_matches(gold, flag)
    assert not flag_matches(gold, Flag("title_conflict", "high", 0.8, "", "", [claim("Deputy Vice-Chancellor")], "k"))


def test_a_date_side_is_met_by_the_same_day_in_other_words_and_not_by_another_day():
    import datetime as dt

    from reconcile.evaluate import GoldFlag, Story, score_story
    from reconcile.models import Analysis, Claim, Flag, Source
    from reconcile.normalize.dates import parse_date

    # The wire (published on a Thursday) says the plant was sold "on Thursday"; a trade paper the next day says
    # "yesterday", the same day; a weekly says Wednesday. The gold quotes the wire.
    published = {"wire": dt.datetime(2026, 6, 4, 9), "trade": dt.datetime(2026, 6, 5, 9),
                 "weekly": dt.datetime(2026, 6, 8, 9)}
    texts = {"wire": "Harrow Mills sold its Brayton plant on Thursday.",
             "trade": "Harrow Mills sold the Brayton plant yesterday.",
             "weekly": "Harrow Mills sold the Brayton plant on Wednesday."}
    sources = [Source(sid, texts[sid], published=published[sid]) for sid in texts]

    def claim(sid, words, ahead=False):
        start = texts[sid].index(words)
        return Claim(sid, "event", "sale", "date", words, start, start + len(words), texts[sid], 0, "date",
                     norm=parse_date(words, published[sid], ahead))

    def score(*claims):
        flag = Flag("date_conflict", "high", 0.8, "sale", "", list(claims), "sale")
        analysis = Analysis(sources, [], list(claims), [], [flag])
        story = Story("s", Path("."), "", "business", "tune", [GoldFlag("date_conflict", ["Thursday", "Wednesday"])], [])
        return score_story(story, analysis)

    met = score(claim("trade", "yesterday"), claim("weekly", "Wednesday"))
    assert len(met.hits) == 1 and not met.false_alarms
    # "yesterday" in the weekly is a Sunday, not the wire's Thursday
    texts["weekly"] += " Its workers were told yesterday."
    missed = score(claim("weekly", "yesterday"), claim("weekly", "Wednesday"))
    assert not missed.hits and len(missed.false_alarms) == 1


def test_stories_scored_in_worker_processes_score_the_same():
    stories = [s for s in load_stories(STORIES) if s.split == "tune"][:2]

    def outcome(results):
        return [(r.story.slug, [(g.kind, g.sides) for g, _ in r.hits], [(g.kind, g.sides) for g in r.misses],
                 [(f.kind, sorted(c.value for c in f.claims)) for f in r.false_alarms], r.pairs) for r in results]

    alone, shared = run_stories(stories, workers=1), run_stories(stories, workers=2)
    assert [r.story.slug for r in shared] == [s.slug for s in stories]
    assert outcome(shared) == outcome(alone)
    assert any(r.hits for r in shared)


def test_a_title_matches_with_its_words_in_another_order():
    from reconcile.evaluate import value_matches

    assert value_matches("Minister of Transport", "Transport Minister", "title_conflict")
    assert not value_matches("Minister of Transport", "Deputy Transport Minister", "title_conflict")
    assert not value_matches("Minister of Transport", "Transport Minister", "place_conflict")
