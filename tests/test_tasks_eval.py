"""Precision and recall of task extraction per slot, on labelled sentences.

The sentences (``tests/data/tasks_dev.jsonl`` and ``tasks_heldout.jsonl``) were labelled before
the extractor was tuned; most are quoted from real State and Party documents. Each case is laid
out as a document: an optional heading/introduction paragraph, then the sentence; the task
extracted from the sentence's paragraph is compared with the labels.

Matching (fixed before tuning): a predicted lead or co-worker matches an expected one when,
after NFC, lower case and new-style tone placement, one is a prefix of the other (the label may
name "Ban Chủ nhiệm Đoàn Luật sư" where the extractor gives the body with its provinces). A
deadline matches when its kind and date are equal; product and resources are compared as
present/absent.

Second set (``tasks_dev2.jsonl``, ``tasks_heldout2.jsonl``): 75 sentences quoted from real
documents (25 from Party texts: Quy định 294-QĐ/TW, Hướng dẫn 06-HD/TW, a Ban Tổ chức Thành ủy
guide, Hướng dẫn 05 and 36 of the Văn phòng Trung ương Đảng; 50 from State công văn, kế hoạch,
thông báo kết luận, giấy mời, báo cáo), labelled and committed before the extractor was run on
them, then split at random (fixed seed, stratified Party/State) into halves. Labelling
conventions, the same as the first set's: the lead of an item under a heading that names the
actor is the heading's actor unless the item names its own; a class of units ("các sở, ban,
ngành") is one lead, a list of named bodies or of classes separated by "và"/";" is one lead
each; a deadline is the most concrete one the sentence states (a date before a period, the
first date when there are several); a period mentioned as the subject of the work ("Cuộc thi ...
năm 2026", "các vị trí thi công trong tháng 4/2026") is not a deadline. The contract has no
kind for a term counted from an event ("trong thời hạn 07 ngày làm việc kể từ ngày kết thúc
Đại hội", "trước 30 ngày làm việc của các đợt", "chậm nhất không quá 04 giờ làm việc sau khi
cấp"): it is concrete but has no calendar date, and is labelled ``recurring`` (the one concrete
kind whose date is null); "trước khi trình ký" (an order of steps, no term) is ``none``; "theo
thời gian quy định" is ``vague``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from linter.content.nlp import normalise
from linter.content.tasks import extract_tasks
from linter.model import Document, Paragraph
from linter.parts import Anatomy, PartRef

DATA = Path(__file__).parent / "data"

# Floors: development set as required by the issue (measured: every slot 1.00 except
# co-workers recall 0.92). Held-out set: the figures of its first and only run, after all
# tuning, truncated to two decimals and never lowered: lead P 1.00 R 0.85 (17/20), deadline
# P 1.00 R 0.92 (11/12), co-workers 1.00/1.00, product P 0.89 R 0.89 (8/9), resources 1.00/1.00.
# That held-out set has since been used for error analysis (its misses t29, t45 were studied
# while tuning on the second set): it is development data now, and its floors stay as they were
# (measured after that tuning: lead R 0.95 (19/20), the other slots unchanged).
DEV_FLOOR = {"lead": (0.9, 0.9), "deadline": (0.9, 0.9)}
HELDOUT_FLOOR = {
    "lead": (1.0, 0.85),
    "deadline": (1.0, 0.91),
    "co_workers": (1.0, 1.0),
    "product": (0.88, 0.88),
    "resources": (1.0, 1.0),
}
# Second set, development half (37 sentences). Before tuning: lead P 0.92 R 0.65 (25/38),
# deadline P 0.92 R 0.57 (12/21), co-workers P 1.00 R 0.28 (2/7), product P 0.71 R 0.83,
# resources P 0.80 R 1.00. After tuning (floors, truncated): lead P 0.97 R 1.00 (38/38, one
# extra: "Cục Lưu trữ, Văn phòng Trung ương Đảng" read as two bodies), deadline P 1.00 R 0.95
# (20/21; missed: a sentence with no actor, "Định kỳ 6 tháng phải đối chiếu …").
DEV2_FLOOR = {
    "lead": (0.97, 1.0),
    "deadline": (1.0, 0.95),
    "co_workers": (1.0, 0.57),
    "product": (0.75, 1.0),
    "resources": (0.66, 1.0),
}
# Second set, held-out half (38 sentences): the figures of its first and only run, after all
# tuning on the development half, truncated to two decimals: lead P 0.96 R 0.58 (28/48),
# deadline P 0.92 R 0.63 (12/19), co-workers P 1.00 R 0.42 (6/14), product P 0.89 R 0.77
# (17/22), resources P 1.00 R 0.80 (4/5). Below the target of 0.9 for lead and
# deadline recall: the tuning fitted the development half's forms; the held-out misses are
# mostly lower-case Party subjects ("cấp ủy cấp trên trực tiếp …", "Đảng viên được phân
# công", "Cán bộ, nhân viên làm nhiệm vụ văn thư …"), subjects after "Chủ tịch … giao"/an
# opening clause, and items under a heading whose actor list is long.
# That held-out half has since been used for error analysis (round two of tuning, on all four
# sets): it is development data now, and its floors stay as they were. Measured after that
# tuning: lead P 1.00 R 0.94 (45/48), deadline P 0.95 R 0.95 (18/19), co-workers P 1.00 R 0.57
# (8/14), product P 0.91 R 0.95 (21/22), resources 1.00/1.00; the figures of the other three
# sets did not change.
HELDOUT2_FLOOR = {
    "lead": (0.96, 0.58),
    "deadline": (0.92, 0.63),
    "co_workers": (1.0, 0.42),
    "product": (0.89, 0.77),
    "resources": (1.0, 0.8),
}


# Third held-out set (``tasks_heldout3.jsonl``, 65 sentences quoted from real documents, 21
# Party and 44 State, labelled and committed before the extractor was run on them, same
# conventions and matching): first and only run, after all tuning (round two, on all four
# sets above), truncated to two decimals: lead P 0.91 R 0.53 (42/79), deadline P 0.84 R 0.45
# (16/35), co-workers P 1.00 R 0.88 (8/9), product P 0.80 R 0.70 (24/34), resources P 0.62
# R 1.00 (5/5). Far below the target of 0.9 for lead and deadline recall. Most lead
# misses are Party subjects in lower case whose predicate is a plain verb ("cấp ủy cấp
# trên …", "ban thường vụ cấp ủy cấp tỉnh …"), the "Điều N. … chịu trách nhiệm thi hành
# Quyết định này" lists (taken for a closing formula), and bodies the lexicon does not know
# ("Viễn thông Lâm Đồng", "Quân ủy Trung ương"); most deadline misses are recurring terms of
# sentences where no task was found.
# That third set has since been used for error analysis (round three: a structural lead finder
# that reads the clause's shape, not the lexicon; "Hằng năm," and yearless dates of yearly
# duties; "vào ngày"): it is development data now, and its floors stay as they were. Measured
# after that tuning: lead P 0.99 R 0.90 (71/79), deadline P 0.91 R 0.86 (30/35), co-workers
# 1.00/1.00 (9/9), product P 0.82 R 0.82 (28/34), resources P 0.62 R 1.00 (5/5); the figures of
# the other four sets did not change.
# Round five (below) raised its lead figure to P 0.98 R 0.93 (74/79): the lead floor follows.
HELDOUT3_FLOOR = {
    "lead": (0.98, 0.96),  # round seven (below): R 0.94 (75/79); round nine: 76/79
    "deadline": (0.94, 0.91),  # round six (below): P 0.94, R 0.89 (31/35); nine: 32/34, 32/35
    "co_workers": (1.0, 0.88),
    "product": (0.82, 0.85),  # round nine: 29/35, 29/34
    "resources": (0.62, 1.0),
}

# Fourth held-out set (``tasks_heldout4.jsonl``, 71 sentences quoted from real documents, 21
# Party and 50 State, labelled and committed by someone who never ran the extractor, same
# conventions and matching): first and only run, after all tuning (round three, on all five
# sets above), truncated to two decimals: lead P 0.92 R 0.61 (53/86), deadline P 0.95 R 0.61
# (19/31), co-workers P 1.00 R 0.62 (5/8), product P 0.60 R 0.42 (14/33), resources P 1.00
# R 0.60 (3/5). Below the target of 0.9 for lead and deadline recall: the structural
# lead finder raised the third set's recall (0.53 -> 0.90) but unseen sentences still bring
# forms it does not read (subjects whose predicate is a verb outside its closed vocabulary,
# subjects inside a condition or a passive, bodies named with no actor head), and most
# deadline misses are in sentences where no task was found.
# That fourth set has since been used for error analysis (round four, on all six sets: its
# misses counted by kind — 24 of 33 lead misses were sentences where no task was found:
# introductions naming their subject and its duty ("X trong phạm vi … có trách nhiệm:",
# "Chỉ đạo X:"), "X là cơ quan …, có trách nhiệm …", "A hoặc B", a function word inside a
# proper name, an item naming its subject in its next sentence, "Kính đề xuất X", a passive
# agent, a counted term taken for the effect clause, an escalation formula after a request):
# it is development data now, and its floors stay as they were. Measured after that tuning:
# lead P 0.96 R 0.84 (72/86), deadline P 0.96 R 0.84 (26/31), co-workers 1.00/0.62, product
# P 0.69 R 0.61, resources 1.00/0.60; third set lead R 0.90 -> 0.91 (72/79), deadline R 0.86
# -> 0.89 (31/35); the figures of the other four sets did not change. Left: the labels' "two
# clauses, one lead each" in one sentence (h4-02, h4-17), subjects the closed vocabulary
# does not end ("tập thể ban thường vụ cấp ủy nghe …", "lãnh đạo văn phòng cấp uỷ thừa lệnh
# …"), closing and escalation formulas the labels count as tasks, and "quỹ" (not a head).
HELDOUT4_FLOOR = {
    "lead": (0.97, 0.90),  # round six (below): 74/86; seven: 75; nine: 76; ten: 77/79; 11: 78/80
    "deadline": (0.95, 0.61),
    "co_workers": (1.0, 0.62),
    "product": (0.7, 0.63),  # round six: 21/30, 21/33
    "resources": (1.0, 0.6),
}

# Fifth held-out set (``tasks_heldout5.jsonl``, 75 sentences quoted from 36 real documents, 26
# Party and 49 State, labelled and committed by someone who never ran the extractor, same
# conventions and matching): first and only run, after all tuning (round four, on all six
# sets above), truncated to two decimals: lead P 0.93 R 0.64 (68/106), deadline P 0.76 R 0.65
# (19/29), co-workers P 0.87 R 0.53 (7/13), product P 0.63 R 0.77 (21/27), resources P 0.40
# R 1.00 (2/2). Below the target of 0.9 for lead and deadline recall again, at the level
# of the earlier first runs (lead R: third set 0.53, fourth 0.61): the fourth set's gain after
# round four (0.61 -> 0.84) did not carry over. Of the 38 lead misses, 18 are in sentences where
# no task was found (names with a comma or "và" inside, "Hội đồng an toàn, vệ sinh lao động
# tỉnh", "Báo và Phát thanh, Truyền hình tỉnh"; named associations listed after "yêu cầu các
# hội:"; a passive whose verb is outside the closed list, "được Sở Nội vụ tập hợp gửi …";
# closing and escalation formulas the labels count as tasks; a subject after a term counted
# from an event), six are one article's long "… chịu trách nhiệm thi hành Quyết định này"
# list, and the rest a wrong phrase taken for the subject (an object, another clause's
# subject); deadline precision fell to 0.76 (periods and vague words taken where the label
# has none or a date, a yearless date).
# That fifth set has since been used for error analysis (round five, on all seven sets: its
# 38 lead misses counted by kind — 18 in sentences where no task was found, of which closing
# and escalation formulas the labels count as tasks 6, names with "," or "và" inside or
# heads outside the closed list 4, a receipt that anchors a term taken for an account of what
# arrived 1, an item naming the document to issue ("Văn bản yêu cầu các hội: …") 5 leads, a
# line ending with ":" that introduces nothing 1, a preamble "Căn cứ …, X đề nghị Y …" 1;
# 7 in executing articles' lists ("… chịu trách nhiệm thi hành Quyết định này"); 8 in
# sentences with two clauses or two sentences, each naming its lead, where one task takes
# the first; 5 a wrong phrase taken). Round five reads by structure: a term counted from
# receipt ("kể từ ngày nhận được …") is no narrative; an item opening with the document noun
# before "yêu cầu" assigns to its addressees (the document is not their product); a line
# ending with ":" followed by nothing it introduces (the body's last, or a numbered item at
# its level or above) is a sentence; an executing article's list is split at ";", at ","
# before a capitalised actor head and at "và" before a head, its names running on over verbs
# and commas; "đến (ngày) dd/mm/yyyy phải/hoàn thành" is a date by which. Measured after it:
# lead P 0.95 R 0.76 (81/106), deadline P 0.82 R 0.79 (23/29), co-workers P 0.88 R 0.61
# (8/13), product P 0.64 R 0.81 (22/27), resources unchanged; third set lead P 0.98 R 0.93
# (74/79, was 0.91); the other five sets did not change. Left: closing and escalation
# formulas (kept out: on real drafts they would raise "no deadline"/"no product" on every
# closing paragraph), two clauses with a lead each in one task, "đề xuất X <verb>" (the
# proposer or the addressee depends on the document), heads outside the closed list
# ("quỹ", "cấp dưới", "lãnh đạo văn phòng", "người ký").
HELDOUT5_FLOOR = {
    "lead": (0.96, 0.81),  # round eleven (see the tenth set): 86/89, 86/106
    "deadline": (0.89, 0.89),  # round six: P 0.82 -> 0.85; eight: R 24/29; nine: 26/29
    "co_workers": (0.88, 0.61),
    "product": (0.64, 0.81),
    "resources": (0.4, 1.0),
}

# Sixth set (``tasks_heldout6.jsonl``): 76 sentences quoted from 28 real documents (22 Party, 54
# State), labelled by hand and committed before any evaluation, never looked at during round
# five (one slip: a file-name listing of a grep for "chịu trách nhiệm thi hành" over the data
# folder showed that the phrase occurs in it; the executing-article fix had been chosen from
# the fifth set's misses before). First and only run, after round five, truncated: lead P 0.94
# R 0.81 (81/100), deadline P 0.64 R 0.69 (9/13), co-workers P 1.00 R 0.47 (10/21), product
# P 0.65 R 0.75 (21/28), resources P 0.00 R 1.00 (one found where none is labelled, none
# expected). The first held-out lead recall over 0.8 (earlier first runs: 0.53, 0.58, 0.62,
# 0.64), still under the 0.9. Lead misses: Party subjects in lower case with a
# qualifying clause ("cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng … có đảng viên chuyển
# đi", "bí thư hoặc phó bí thư (nếu được phân công)"), persons and heads outside the closed list
# ("người thân trong gia đình", "Người đứng đầu cơ quan, tổ chức", "quỹ", "Trung tâm", "Nhà đầu
# tư của 02 dự án …"), and one member of long lists. The set has few concrete deadlines (2
# dates, 5 recurring): deadline precision 0.64 counts vague words taken where the label has
# none (3), a date the labeller read as describing the work, not as its deadline, and a vague
# word where the label has a frequency ("tối thiểu 01 lần/năm").
# That sixth set has since been used for error analysis (round six, on all eight sets), aiming at
# mechanisms about the structure of administrative sentences rather than one sentence's words.
# Its 19 lead misses counted by kind: the subject of the main clause after a condition or topic
# closed by "thì" 4 ("Nếu …/Đối với …/<clause> thì cơ quan, tổ chức | bí thư hoặc phó bí thư |
# cấp ủy cấp trên … có trách nhiệm"); duty headings not read ("Nghĩa vụ của quỹ:", "Trách nhiệm
# của Tổ phó là …", "(Khoản 1): Nhiệm vụ của cấp ủy triệu tập đại hội:") 3; other headings
# naming the actor (a line "Đề nghị X" with no colon, a long list after "Đề nghị", "Nhà đầu tư
# của 02 dự án …:", "Báo và Phát thanh, Truyền hình …") 4; persons and heads outside the closed
# list in the sentence itself ("Người đứng đầu …, trong phạm vi …", "Người được giao …",
# "Trung tâm sẽ chủ trì" after "Sau khi …,") 4; lists of classes joined by "và" 3; the
# heading's actor taken instead of the item's own after an opening clause 1. Deadline errors: a
# vague word where the label has none 3 (words of manner, "các công việc thường xuyên"), a
# frequency missed 1, recurring terms of sentences with no task 3, a date the label reads as
# describing the work 1. The other sets' 46 remaining lead misses are mostly the kinds round five
# left (closing and escalation formulas, two clauses with a lead each, heads outside the closed
# list: "lãnh đạo văn phòng", "Cấp dưới", "Người ký văn bản"); "quỹ" under "Nghĩa vụ của quỹ:"
# (fourth set, 2) is one of this round's kinds. Round six reads: the subject after "thì" (a head
# or a person noun up to the main predicate; a body's name only when a predicate follows it; the
# clause's own shape kept when it finds a subject after "thì"); any actor a duty heading names
# (a qualifier "đối với …" cut, a bracketed prefix allowed; not a document or a time); a heading
# line that only names addressees after "Đề nghị/Giao/Yêu cầu" (one lead per capitalised name);
# a later member of a list after "với/cho/tới/đến" is an object, not a subject (unless the
# clause opens with a time, basis or purpose); a scope set off by a comma after the subject; a
# subject the analyser names in part, when the clause's shape reads a list from the same word.
# Deadlines: a frequency ("tối thiểu 01 lần/năm", "ít nhất 2 lần mỗi quý") is recurring; a vague
# word listed with words of manner ("nghiêm túc, kịp thời, toàn diện"; not "đầy đủ, kịp thời",
# what is delivered), qualifying a noun ("công việc thường xuyên") or followed by "của" is no
# term. Products: "Quyết định và thông báo …" (two verbs), "… thủ tục quy định." (the prescribed
# ones), "báo cáo với X" when it does not recur. Measured after it: sixth set lead P 0.97 R 0.93
# (93/100, was 81), deadline P 0.85 R 0.85 (11/13, was 9), product P 0.69 R 0.79, co-workers and
# resources unchanged; fourth set lead R 0.84 -> 0.86 (74/86), product P 0.69 -> 0.70, R 0.61 ->
# 0.64; fifth deadline P 0.82 -> 0.85; third deadline P 0.91 -> 0.94; the other four sets did not
# change. The floors of the improved slots follow (truncated). Left: "Tăng …" and other item
# verbs outside the vocabulary under a heading actor, "Người được giao …" with no "thì", a
# subject after "Sau khi …," whose head is bare ("Trung tâm"), an item's own subject after an
# opening clause under a heading actor, "kịp thời <verb>" the labels read as no term.
HELDOUT6_FLOOR = {
    "lead": (0.98, 0.97),  # round seven (below): R 0.93 -> 0.96 (96/100); ten: 97/98, 97/100
    "deadline": (0.84, 0.84),
    "co_workers": (1.0, 0.52),  # round seven: 11/21
    "product": (0.71, 0.89),  # round seven: 25/35, 25/28
    "resources": (0.0, 1.0),
}

# Seventh set (``tasks_heldout7.jsonl``): 74 sentences quoted from 25 real documents (18 Party,
# 56 State), labelled by hand and committed before any evaluation while round six was tuned on
# the other sets (its scripts named each set file, never a pattern over the folder). First and
# only run, after round six, truncated: lead P 0.91 R 0.70 (61/87), deadline P 0.73 R 0.58
# (14/24), co-workers P 0.90 R 0.69 (9/13), product P 0.60 R 0.80 (20/25), resources P 0.66
# R 0.66 (2/3). Round six lifted the sixth set it studied from 0.81 to 0.93; on this unseen set
# the first run is 0.70, in the band of the earlier first runs (0.53, 0.58, 0.62, 0.64, 0.81).
# Lead misses: Party bodies in lower case with a qualifier and no duty verb the list knows
# ("cấp ủy nơi đảng viên đang sinh hoạt …", "Chi ủy có đảng viên dự bị", "cấp ủy cấp có thẩm
# quyền"), "quỹ" as the subject of a Nghị định's duty clauses, class lists ("Các Bộ, cơ quan,
# địa phương", "Từng cấp, từng ngành" read in part), offices named by their function ("Văn thư
# cơ quan", "Lưu trữ cơ quan", "Người được giao nhiệm vụ văn thư cơ quan"), and a named body
# under a heading whose class was taken instead. Deadlines: terms counted from an event or a
# frequency missed as none (6), a vague word where the label has none (2).
# That seventh set has since been used for error analysis (round seven, on all nine sets),
# again aiming at the structure of administrative sentences. Its 26 lead misses counted by
# kind: a subject in lower case or with a head outside the closed list before its duty or verb
# 7 ("Lưu trữ cơ quan có trách nhiệm", "Người được giao nhiệm vụ văn thư cơ quan chịu trách
# nhiệm", "Chi ủy có đảng viên dự bị tổng hợp", "cấp ủy nơi đảng viên đang sinh hoạt …", a
# long bracketed aside after "thì", the agent of "phải được Văn thư cơ quan trình", one whole
# sentence in brackets); "quỹ" 5 (three sentences); class lists 5 ("Từng cấp, từng ngành",
# "các cấp, các ngành" after "Bên cạnh đó,", "Các bộ, tỉnh | đăng nhập", "Các Bộ, cơ quan, địa
# phương | tải", "Liệt kê tài liệu: Các cơ quan, địa phương liệt kê"); a body named before the
# colon of an introduction "X: Lập và gửi …, cụ thể:" 2; a second name after a run of places
# of the first ("… tỉnh Đắk Nông, tỉnh Bình Thuận và tỉnh Lâm Đồng (cũ), Ban chấp hành …") 1;
# "Riêng X …" inside a heading and an item 2; an escalation formula 1 (kept out, see round
# five); other forms 3. Deadline misses: same-day terms ("ngay trong ngày", "trong ngày, chậm
# nhất là trong ngày làm việc tiếp theo") 2, a yearless date under an opening "Hàng năm," 1, a
# frequency of "công khai … hàng quý, năm" 1, terms of sentences with no task 3, a vague word
# opening a purpose ("Để kịp thời chấn chỉnh …") 2. Round seven reads: the noun phrase before
# "có trách nhiệm/chịu trách nhiệm" followed by its verb is the subject whatever its head,
# unless it names a thing, a document or a time, or joins verbs ("Lưu trữ và có trách nhiệm");
# a list of classes opening the clause (or after a short label and ":") before a lower-case
# word the lexicon lacks takes that word for the predicate; "các cấp/từng cấp" is a class and
# "quỹ" a body (not "quỹ đất", "quỹ lương" …); a passive duty "phải được X <verb>" names its
# agent by any actor head; a marker word inside a word ("dự bị") marks nothing; a relative
# clause "nơi …" belongs to the subject; a long bracketed aside closes the subject after
# "thì"; the body before the colon of an introduction does its items; further places of one
# name ("…, tỉnh B và tỉnh C (cũ)") continue it, not the list; an unnumbered paragraph under a
# heading actor may open with a verb the lexicon lacks ("Tăng thời lượng …"); "…, X sẽ <verb>"
# and the point of "2.0" in an opening clause. Deadlines: same-day terms are recurring; a
# yearless date under an opening "Hằng năm," recurs; "công khai" joins the reporting verbs
# that make "hằng quý" a frequency; a vague word after "để/nhằm" is a purpose. Products:
# "quy định tại …" (prescribed in) and "theo … và quy định pháp luật" are none. Measured after
# it: seventh set lead P 0.98 R 0.91 (79/87, was 61), deadline P 0.91 R 0.87 (21/24, was 14),
# product P 0.62 R 0.88, co-workers and resources unchanged; sixth lead R 0.93 -> 0.96 (96/100),
# co-workers R 0.47 -> 0.52, product P 0.69 -> 0.71, R 0.79 -> 0.89; fourth lead R 0.86 -> 0.87;
# third lead R 0.94 -> 0.95; the other sets did not change. The seventh set's own lift is what
# a studied set gains (earlier: 0.53 -> 0.90, 0.61 -> 0.84, 0.64 -> 0.76, 0.81 -> 0.93); the
# three other held-out sets gained 5 leads from the same mechanisms. Left: escalation and
# closing formulas, "Riêng X …" subjects inside heading paragraphs, a sentence wholly in
# brackets, a line ending with ":" whose actor is taken for a heading over no items, a term
# inside a condition taken for the task's.
HELDOUT7_FLOOR = {
    "lead": (0.98, 0.93),  # round eight (below): 80/87; round eleven: 81/82, 81/87
    "deadline": (0.91, 0.87),
    "co_workers": (0.9, 0.69),
    "product": (0.63, 0.92),  # round eight: 23/36, 23/25
    "resources": (0.66, 0.66),
}


# Eighth set (``tasks_heldout8.jsonl``): 74 sentences quoted from 29 real documents (14 Party,
# 60 State; deadlines: 57 none, 8 recurring, 8 vague, 1 date), labelled by hand and committed
# before any evaluation while round seven was tuned on the other sets (its scripts named each
# set file, never a pattern over the folder). First and only run, after round seven, truncated:
# lead P 0.94 R 0.70 (56/79), deadline P 0.90 R 0.52 (9/17), co-workers P 1.0 R 0.46 (6/13),
# product P 0.60 R 0.60 (12/20), resources P 0.66 R 1.0 (2/2). Round seven lifted the seventh
# set it studied from 0.70 to 0.91; on this unseen set the first run is 0.70, as the earlier
# first runs (0.53, 0.58, 0.62, 0.64, 0.81, 0.70). Lead misses (23): Party subjects with a
# qualifier before a duty the lexicon lacks ("Đảng viên dự bị sinh hoạt đơn lẻ ở ngoài nước",
# "Cấp ủy khoá mới", "cấp ủy cấp dưới", "chi bộ và đảng ủy cơ sở") 8; parties and bodies of a
# Nghị định ("Bên nhận bảo đảm mới", "người giữ tài sản" split from its list, "cơ quan đăng
# ký", "cơ quan nhà nước có thẩm quyền theo quy định tại …", "Ủy ban nhân dân cấp tỉnh") 7;
# classes of persons and units ("Cán bộ, công chức, viên chức và người lao động …", "các đơn
# vị") 3; addressees ("Quý cơ quan", "UBND tỉnh" abbreviated) 3; a named body where the
# heading's class or another body was taken 2. Deadline misses: terms counted from an event
# or a frequency read as none 4, vague terms ("theo thời hạn quy định tại …", "kịp thời") read
# as none 4; one frequency taken where the label has none.
# That eighth set has since been used for error analysis (round eight, on all ten sets), aiming
# at one mechanism that finds the subject of a duty clause by its structure instead of more
# words in the lexicon. pyvi's part-of-speech tagger was measured first: on the labelled leads
# found in their sentence (491, all ten sets), "from the lead's first word to the first word
# tagged V" equals the label for 38% (186), most errors being verbs inside a name or a qualifier
# ("cơ_quan đăng_ký", "Bên nhận bảo_đảm", "cấp/V ủy cấp dưới", "Thường_trực/V cấp_ủy"): not
# accurate enough to delimit a subject alone. Round eight reads, where no other reading found a
# subject: the noun phrase from an actor head (the closed list, the lexicon, or a party or person
# noun "bên", "người", "cá nhân", "lãnh đạo", "chi ủy") at a clause start (the segment's, after
# an opening of time or condition and its comma, after "thì") to the clause's duty ("phải",
# "cần", "có/chịu trách nhiệm"), over qualifiers the lexicon lacks, an adjunct "khi/trước khi/
# nếu …" cut; failing that, to the first verb of the tagger (run on those clauses only), its
# tags corrected where they fail on subjects (a capitalised word is a name, "cấp" a noun, one
# verb after a head that needs its name qualifies it when a verb follows); not a thing ("toàn
# bộ …", "Cơ sở …"), a verb read as a noun ("Tổ chức …"), a right or a passive ("có thể",
# "được"), a definition ("là", "bao gồm"). Also: a party or person noun after "và" heads a
# second subject; "X phải thông báo cho Y để biết" is a duty, no notice closing; a short bulleted
# line that is only a class of actors ("- Cấp ủy cơ sở:") heads its items; "kính đề xuất" and
# "Quý cơ quan" address. Deadlines: "Sau N tháng, kể từ …" and "Trước khi hết nhiệm kỳ N ngày"
# are counted terms (recurring); "báo (cáo) ngay" is vague. Measured after it: eighth set lead
# P 0.95 R 0.87 (69/79, was 56), deadline P 0.93 R 0.88 (15/17, was 9), product P 0.61 R 0.65;
# seventh lead R 0.91 -> 0.91 (80/87, was 79), product P 0.63 R 0.92; fifth deadline R 0.79 ->
# 0.82; the other sets did not change. Real drafts: no VB70x finding changed; about 35 task rows
# of Nghị định, Điều lệ and Quy định (documents the plan rules do not check) gained a lead or a
# counted term. Left: two clauses with a lead each in one sentence ("…; chi bộ thẩm tra …;
# đảng ủy cơ sở thẩm định …"), a subject after a label and a colon ("Thời hạn báo cáo: Ủy ban
# nhân dân cấp tỉnh …"), escalation formulas, a heading's long actor with "theo quy định tại …",
# person heads with a relative clause and no duty word ("Người ký văn bản là …", "lãnh đạo văn
# phòng cấp ủy ký …").
HELDOUT8_FLOOR = {
    "lead": (0.97, 0.93),  # round nine (below): 70/79; ten: 73/76, 73/79; eleven: 74/76, 74/79
    "deadline": (0.94, 0.94),  # round nine: 16/17
    "co_workers": (1.0, 0.46),
    "product": (0.63, 0.7),  # round nine: 14/22, 14/20
    "resources": (0.66, 1.0),
}

# Ninth set (``tasks_heldout9.jsonl``): 56 sentences quoted from 16 real documents (12 Party,
# 44 State; deadlines: 42 none, 8 recurring, 6 vague: the corpus has no unused dated sentence
# left), labelled by hand and committed before any evaluation while round eight was tuned on
# the other sets (its scripts named each set file, never a pattern over the folder). First and
# only run, after round eight, truncated: lead P 0.97 R 0.68 (45/66), deadline P 1.0 R 0.42
# (6/14), co-workers P 1.0 R 0.66 (2/3), product P 0.56 R 0.68 (13/19), resources P 0.0 (one
# found where none is labelled). Round eight lifted the eighth set it studied from 0.70 to
# 0.87; on this unseen set the first run is 0.68, as the earlier first runs (0.53, 0.58, 0.62,
# 0.64, 0.81, 0.70, 0.70). Lead misses (21): four bodies listed in brackets after "gồm:" in two
# sentences 8; parties of a Nghị định ("Sáng lập viên" owning a passive duty, "bên đóng góp
# bằng tài sản …", "quỹ", "bên nhận cầm cố đang giữ tài sản đó", "Bên bảo đảm hoặc người đang
# giữ …", "bên nhận") 6; Party bodies ("Ban thường vụ đảng ủy", "đảng ủy", "Ban kiểm phiếu") 3;
# a named body where another or none was taken ("Bộ Nội vụ", "Tổ giúp việc về Cải cách hành
# chính", "Người được cấp ủy có thẩm quyền cho mượn hồ sơ …") 3; a giấy mời attendee line 1.
# Deadline misses: terms counted from an event ("trong kỳ sinh hoạt chi bộ gần nhất", "trước
# khi hết nhiệm kỳ …") read as none 6, vague terms read as none 2.
# That ninth set has since been used for error analysis (round nine, on all eleven sets). Every
# remaining miss was counted by where it is lost: lead misses 85 (18 extra leads) — the
# sentence gave no task at all 38, a task with no lead 10, a wrong or partial lead 37; deadline
# misses 32 — no task 17, a task whose term was read as another kind 15 (and 8 terms taken
# where the label has none). Of the 38 gated sentences' leads, 12 are closing and escalation
# formulas the labels count as tasks (kept out, see round five: six sets), so the round aimed at
# the others and at terms. Round nine reads: "có nghĩa vụ" ends a party's subject as "phải"
# does (not "người có nghĩa vụ (được bảo đảm)", the obligor); a relative "đang …" and a means
# "bằng …" qualify the party before its duty; a receipt inside a condition ("trường hợp nhận
# được văn bản …, bên nhận có trách nhiệm …") is no account of what arrived; a paragraph whose
# last sentence introduces a list ("… Hồ sơ gồm:") keeps its earlier sentences' work; "X sẽ
# <verb>" after an opening is the body's commitment; a bracket listing the members of an
# addressed class ("lấy ý kiến các cơ quan … (gồm: A, B, C, D) như sau:") gives the items one
# lead per member; a letter item is below a number of three parts ("12.4.2. Ban kiểm phiếu có
# nhiệm vụ:" then "c) …"); an item opening with "Giúp/Hỗ trợ X" names whom the heading's actor
# helps; the actor after "Thời hạn" (and its short label) is the subject of a term's statement;
# "thừa lệnh/thay mặt" ends a subject as a duty does; a frequency after a named body opens its
# predicate ("Ban thường vụ đảng ủy mỗi tháng họp một lần"). Deadlines: a frequency stated
# period first ("mỗi tháng họp một lần", "3 tháng một lần", "mỗi năm hai lần"), a term counted
# from the next meeting ("trong kỳ sinh hoạt chi bộ gần nhất", "vào kỳ họp gần nhất") and a
# yearless date "… của năm sau" recur; "ngay" after any verb is vague (not "ngay từ/cả/tại").
# Misses fixed per mechanism (sets): the parties' subject (nghĩa vụ, đang, bằng, a receipt in a
# condition) 4 leads (1); members in brackets 8 leads (1, two items of one document); "Thời
# hạn X" 2 leads and 2 terms (2); "thừa lệnh" 1 lead (1); list after the last sentence 1 lead
# and 1 term, "sẽ" 1, letters under three-part numbers 1, "Giúp X" 1 (and one extra lead gone),
# a frequency opening the predicate 1 lead and 1 term (1 each); frequencies and the next
# meeting 3 terms (2); "ngay" 3 terms (2). Measured after it: ninth set lead P 1.00 R 0.93
# (62/66, was 45), deadline P 1.00 R 0.85 (12/14, was 6); eighth lead R 0.87 -> 0.88 (70/79),
# deadline P 0.94 R 0.94 (16/17, was 15), product P 0.63 R 0.70 (14/20, was 13); fifth deadline
# P 0.86 -> 0.89, R 0.83 -> 0.89 (26/29); fourth lead R 0.87 -> 0.88 (76/86); third lead R
# 0.95 -> 0.96 (76/79), deadline P 0.94 R 0.91 (32/35), product P 0.82 R 0.85 (29/34); the
# other sets did not change. Real drafts: one VB703 of a công văn now quotes "ngay" as a vague
# term instead of "no deadline" (true); about a dozen task rows of Nghị định, Điều lệ and a
# báo cáo gain a correct lead or a frequency. Left (lead misses 65: no task 27, no lead 1,
# wrong or partial 37): closing and escalation formulas 12; two clauses or sentences with a
# lead each where the first task is scored about 20 ("…; chi bộ thẩm tra …; đảng ủy cơ sở thẩm
# định …", "Riêng X …"); where a list of classes ends or splits about 10 (the labels are not
# consistent on ", các …" and "và"); passages quoted or in brackets 4; a wrong phrase taken
# about 10 ("tập thể ban thường vụ cấp ủy nghe", "Người ký văn bản là người …", "đề xuất X").
# Round ten studied Party actors on half of a tenth set (46 of its 91 sentences, from two Party
# guides, a Party quy chế làm việc and two State thông báo kết luận; the other half is kept apart,
# unseen, to judge the round; neither half is tested here). Its misses, by where they are lost:
# lead misses 17 — no task at all 8 (a lower-case Party subject before a plain verb: "Cấp trên
# trực tiếp của tổ chức cơ sở đảng tiếp nhận …", "Ban xây dựng đảng (hoặc ban tổ chức) đảng ủy cấp
# trên trực tiếp … căn cứ …"; a heading line that is only a Party class with no colon; "thông báo
# … biết" mid-sentence read as the notice's closing; "Hướng dẫn này" cited after "Tiết a, Điểm
# 4.3.1" read as a closing formula; a meeting regime heading; "Căn cứ …, giao X …" stopped as a
# preamble; a doer named only in a condition), a task with no lead 5 (duty headings with
# "chung"/"cụ thể", "- Cơ quan tham mưu về công tác tổ chức:", "a) Đối với đảng viên đang công tác
# …", "…, trong đó lưu ý:"), a wrong or partial lead 4 (a request taken for the subject's own act,
# a second clause's subject after ";" or ",", the second sentence of an item, which the scoring
# reads on the first task). Round ten reads a Party actor phrase by a closed grammar
# (linter/content/party.py: a head — cấp ủy, cấp trên, ban thường vụ, đảng ủy, chi bộ, đảng viên,
# bí thư, ban xây dựng đảng, cơ quan tham mưu …, "tập thể …" — and qualifiers: levels, "của" and
# another Party phrase, "(hoặc …)", "nơi giao và nơi nhận", "về công tác tổ chức", "có thẩm
# quyền", "triệu tập đại hội", statuses, lists joined by ",", "và", "hoặc") as the subject of a
# clause at the segment's start, after "thì" (when no duty precedes it) or an opening, before an
# adjunct "khi …,"; not when a duty follows later in the clause (the verb then qualifies the
# subject), nor before "hoạt động" or "bao gồm"; later clauses set off by ";" (or "," after such a
# subject) that open with one name a lead each, up to a colon. Headings: a line that is only a
# Party phrase, a topic line "Đối với <Party class> …" that is no sentence, a duty heading with
# "chung"/"cụ thể", a meeting regime ("Chế độ sinh hoạt chi bộ trực thuộc"), a subject whose work
# "…, trong đó lưu ý:" / "cụ thể:" details over labelled items. Also: "thông báo … biết" after
# "và"/","/"để" is a step; a closing object after a provision's label ("Tiết a", "Điểm 4.3.1") is
# cited; "Căn cứ …, giao X …" with no giver named assigns. Misses fixed per mechanism (sets): the
# Party subject 12 leads (study half 7, two of them also needing the closing or notice gate;
# eighth set 3 in two sentences of ";" clauses; fourth 1 "tập thể"; sixth 1 with capitalised Party
# nouns; the extra leads those two sentences had went), Party headings 7 (study half), "giao"
# after an opening 1 (study half). Measured after it: study half lead P 0.97 -> 1.00, R 0.64 ->
# 0.96 (45/47), deadline P 0.89 -> 0.90, R 0.89 -> 1.00 (9/9); fourth set lead P 0.96 -> 0.97, R
# 0.88 -> 0.89 (77/86); sixth P 0.97 -> 0.98, R 0.96 -> 0.97 (97/100); eighth R 0.89 -> 0.92
# (73/79); the other sets did not change. Real drafts: no VB70x finding changed; three items of a
# Điều lệ and a Nghị định ("… phải tổ chức công tác kế toán …, cụ thể:") gain their lead; in Quy
# định 294 (text corpus) eleven rows gain or complete a Party lead, none is lost. Left on the
# study half: a doer named only in a condition ("… mà chi bộ chưa xem xét … thì phải …"), the
# second sentence of an item (scored on the first task).
HELDOUT9_FLOOR = {
    "lead": (1.0, 0.93),
    "deadline": (1.0, 0.85),
    "co_workers": (1.0, 0.66),
    "product": (0.56, 0.68),
    "resources": (0.0, 1.0),
}


# Tenth set (``tasks_heldout10.jsonl``): 91 sentences from five real documents no earlier set or
# corpus_real used (Hướng dẫn 02-HD/BTCTU of the Ban Tổ chức Thành ủy Hà Nội 31, Hướng dẫn
# 38-HD/BTCTW of the Ban Tổ chức Trung ương 25, a Party quy chế làm việc of a Đảng ủy xã 14, two
# State thông báo kết luận 21; every k-th duty sentence of each guide, all task sentences of the
# State files; provenance in each case's "source"), labelled by hand and committed before any
# evaluation. First and only run of the whole set, after round nine, truncated: lead P 0.93 R
# 0.61 (58/95), deadline P 0.88 R 0.83 (15/18), co-workers P 1.0 R 0.85, product P 0.72 R 0.69,
# resources P 0.85 R 1.0. By source: the State thông báo kết luận lead R 0.84 (21/25), deadline R
# 1.0; the Party guides 0.43 (HD 38) and 0.60 (HD 02), the quy chế 0.60. Then split by the
# parity of the id: the odd half (46) studied in round ten (above), the even half (45) kept
# apart and run once after it: lead P 0.91 R 0.70 (34/48; 0.58 before the round), deadline P
# 0.87 R 0.77 (7/9, unchanged), product P 0.68 R 0.71. As with every earlier set, a round lifts
# the sentences it studied to ~0.95 and unseen ones by much less.
# Round eleven studied every set (the tenth's kept half too, now measured) for mechanisms that hold
# in documents never seen. Its 77 lead misses at the start (and 18 extra leads), counted by where
# they are lost: the lead of a later sentence of the item, scored on the first task, 14; closing,
# escalation and executing formulas the labels count as tasks (kept out, see round five) 11; where a
# list ends or splits 10 (the labels are not consistent); a second clause of the sentence with its
# own subject 7; a Party subject not read 7 (a colon after it, a long bracket, openings one after
# another, a verb the lexicon lacks, "Cấp dưới"); a heading's or an introduction's actor not carried
# or the wrong one 6; whom a request or an offer names ("đề xuất X <verb>", "Căn cứ …, Y kính đề
# nghị X …", the giver of "giao cho") 7; quoted passages, asides in brackets, template blanks, a
# giấy mời line 6; names with "," or "và" inside 4; the subject after "thì" or a condition 2; a
# sentence not cut after a year 2; a passive agent 1. Only the lead of the first task is scored;
# taking the leads of all the paragraph's tasks would find 6 more on the tenth set and 3 on the
# others (measured after the round). Round eleven reads: a year or a date before ". " ends a
# sentence ("… từ ngày 01/7/2025. Các tổ chức …"); a Party actor before the colon of an item that
# goes on with its work ("- Cấp trên trực tiếp của tổ chức cơ sở đảng: Lập …"); a bracket that
# restricts the actor ("(nơi không có đảng ủy cơ sở)", "(nếu …)") or a longer alternative "(hoặc …)"
# stays in its phrase, and a bracket closing the phrase closes the subject; later Party clauses
# joined by "hoặc"/"và"; openings one after another ("Sau khi …, định kỳ hằng tháng, X …"); a comma
# after a member of a list of Party names continues the list; a condition opening the segment runs
# to its "thì" over a ";" inside it; "lãnh đạo" after "thì", ended by "thừa lệnh"; a clause after
# ";" whose subject runs to its own duty names a lead (not "phối hợp", "phải có", nor beside "chủ
# trì"); a class after a named addressee and a comma continues the list when it closes with "và"
# another actor; the sentence that ends with the colon of a several-sentence introduction introduces
# the items, and a subject that "chỉ đạo" others before the colon heads them; "đã được X" is done
# work. Misses fixed per mechanism (sets): the year cut 2 (fifth); Party phrases (colon, brackets,
# lists, openings) 5 leads and 1 term (tenth); the condition over ";" and the subject after "thì" 1
# lead and 1 extra gone (tenth, fifth); the duty clause after ";" 1 (fourth); the addressee list 2
# (fifth); the last sentence of an introduction 2 (seventh, eighth, one extra gone). Tried and
# dropped: any word after a Party phrase as its verb (six false tasks in Quy định 294: "Đảng viên dự
# bị đủ điều kiện …", "Đảng ủy bộ phận không quyết định …"), "cấp dưới" as a Party head (splits a
# principle of Kết luận 226 into a task of its own: three new VB703/704/706 findings on an issued
# text), "hằng năm" recurring with reviews ("đánh giá", "xếp loại": two of three were wrong).
# Measured after it: lead R fourth 0.90 -> 0.91 (78/86), fifth 0.76 -> 0.81 (86/106, P 0.95 ->
# 0.97), seventh 0.92 -> 0.93 (81/87, P 0.99), eighth 0.92 -> 0.94 (74/79, P 0.97), tenth 0.83 ->
# 0.88 (84/95, P 0.98), its kept half 0.71 -> 0.81 (39/48, P 0.92 -> 0.95); tenth deadline R 0.89 ->
# 0.94; the other sets did not change. Real drafts: no VB70x finding changed but VB709's counts in
# five drafts, whose long sentences now end at a year (true); four task rows gain a lead or take the
# right one. Left: later sentences of an item, formulas, list boundaries, verbs the lexicon lacks
# after a Party subject ("ghi", "họp"), requests whose addressee acts for the requester.
HELDOUT10_FLOOR = {
    "lead": (0.97, 0.88),  # round eleven (above): 84/86, 84/95
    "deadline": (0.89, 0.94),  # round eleven: 17/19, 17/18
    "co_workers": (1.0, 0.85),
    "product": (0.74, 0.83),  # round eleven: 41/55, 41/49
    "resources": (0.85, 1.0),
}
HELDOUT10_KEPT_HALF_FLOOR = {"lead": (0.95, 0.81), "deadline": (0.88, 0.88)}  # round eleven


# Eleventh set (``tasks_heldout11.jsonl``): 98 sentences from ten real documents of three public
# repositories no earlier set or corpus_real used (Party 37: a Văn phòng Trung ương thông báo kết
# luận, a kết luận of the Bộ Chính trị, a Ban Tổ chức Trung ương hướng dẫn; State 49: two chỉ thị
# and two kế hoạch of provincial People's Committees, a Tổng cục Thuế công văn, an election
# sub-committee's kế hoạch; MTTQ 12: a commune Mặt trận's kế hoạch), labelled by hand and
# committed before any evaluation. Nothing was tuned on it. Each figure below is a single run:
# - before round eleven and after it (the rules alone): lead P 0.91 R 0.60 (71/119) both times,
#   deadline P 0.93 R 0.76 (28/37), co-workers P 1.0 R 0.53, product P 0.71 R 0.72;
# - the learned lead tagger (linter/content/leadtagger.py, trained on the twelve sets above, its
#   features and settings fixed before this set was run): alone lead P 0.80 R 0.72 (86/119); the
#   rules' leads, else the tagger's, sentence by sentence P 0.91 R 0.77 (92/119);
# - as the extraction uses the tagger (only for its tasks without a lead; the floor below): lead
#   P 0.89 R 0.62 (74/119), the other slots unchanged.
# Of the 45 leads the extraction misses, 27 are in sentences it takes for no task at all, 7 in
# tasks without a lead the tagger does not fill, 8 in lists it reads in part, 3 wrong leads: on
# unseen documents, finding the task is now the larger loss. This set was diagnosed after its
# runs: it can no longer judge a change made for what it showed.
# Round twelve, made for what this set showed: task detection (a clause the rules read no
# subject in, whose subject the learned tagger reads and whose duty follows it, is a task with
# a guessed lead; the addressees of an introduction the rules read none in, as the tagger reads
# them after the request), "1/" numbering, a numbered request whose sub-items spell it out,
# "… như sau:" after a subject and its duty, "MTTQ", a duty before the escalation formula. The
# tagger is now trained on this set too (its judge is the twelfth set). Lead P 0.90 R 0.71
# (85/119); with the tagger trained without this set, R 0.72 (86/119, before the last two
# rules). Deadline precision fell 0.93 → 0.90: one more task is found (h11-02), whose "kịp thời"
# (the manner of the care) the parser reads as vague where the label says none.
HELDOUT11_FLOOR = {
    "lead": (0.89, 0.71),
    "deadline": (0.90, 0.78),
    # (co-workers P 1.0 → 0.95: "…, Đảng uỷ Mặt trận Tổ quốc, các đoàn thể Trung ương" after
    # "phối hợp với" now gives two co-workers where the label lumps them in one)
    "co_workers": (0.95, 0.58),
    "product": (0.70, 0.78),
    "resources": (0.83, 1.0),
}


# Twelfth set (``tasks_heldout12.jsonl``): 98 sentences from eleven real State documents of two
# public repositories no earlier set or corpus_real used (a national steering committee's kế
# hoạch, a city's kế hoạch, a chỉ thị and a công văn of the Prime Minister, three Văn phòng
# Chính phủ công văn, a ministry's công văn, three provincial People's Councils' nghị quyết on
# questioning and oversight), labelled by hand and committed before any evaluation, with a first
# set of non-task sentences from the same documents (``nontask_heldout12.jsonl``, 46). Its first
# run, on the extraction before round twelve and again after it (one run each, identical): lead
# P 0.92 R 0.75 (92/122), deadline P 0.85 R 0.66, co-workers P 1.0 R 0.61, product P 0.80
# R 0.64, resources P 0.87 R 0.68; 10 of the 46 non-task sentences taken for tasks, none with a
# guessed lead. Round twelve (made for the eleventh set) changed nothing here. Of the 30 missed
# leads 24 were in tasks with a wrong or partial lead list, 6 in sentences taken for no task.
# Round thirteen, made for what it showed (an item under a heading actor that opens with its
# work keeps the heading's actor; "Đề nghị A chỉ đạo B:" gives its items to B; a list of leads
# the rules stop reading goes on where the tagger reads more; a head cut short names no body; a
# bracket that gives an item's time): lead P 0.93 R 0.77, deadline P 0.88 R 0.68 (the floor).
HELDOUT12_FLOOR = {
    "lead": (0.92, 0.77),
    "deadline": (0.88, 0.68),
    "co_workers": (1.0, 0.61),
    "product": (0.80, 0.63),
    "resources": (0.86, 0.68),
}
NONTASK12_MOST_TAKEN = 10  # of 46, its first run

# Thirteenth set (``tasks_heldout13.jsonl``): 74 sentences from four real documents of two
# public repositories no earlier set used (Party 30: a Ban Thường vụ Đảng ủy's hướng dẫn on
# quarterly assessment, quoted in a developer's notes; State 44: a provincial chỉ thị, a
# department's kế hoạch, a city's quyết định with its quy định), with 41 non-task sentences
# (``nontask_heldout13.jsonl``), labelled by hand and committed before any evaluation. Its first
# runs, one each: at the start of this round of work (before rounds twelve and thirteen) lead
# P 0.79 R 0.56 (45/80), deadline P 0.78 R 0.35 (7/20), 4 of 41 non-task sentences taken; after
# round thirteen lead P 0.81 R 0.60 (48/80), deadline unchanged, 5 of 41 taken (one with a
# guessed lead). Of its 32 missed leads 10 are in sentences taken for no task, 11 in tasks with
# no lead, 11 wrong or partial; 9 of its 13 missed deadlines are given by the heading above the
# item (a step of a timeline), which the items then took (deadline P 0.86 R 0.60). Then
# round fourteen, made for what it showed (an article titled with a body's name gives it its
# clauses; enterprises are bodies): lead P 0.85 R 0.75 (60/80), deadline P 0.87 R 0.65.
HELDOUT13_FLOOR = {
    "lead": (0.84, 0.75),
    "deadline": (0.86, 0.65),
    "co_workers": (0.91, 0.60),
    "product": (0.74, 0.50),
    "resources": (0.80, 0.50),
}
NONTASK13_MOST_TAKEN = 5  # of 41

# Fourteenth set (``tasks_heldout14.jsonl``): 93 sentences from five real State documents of two
# public repositories no earlier set used (a department's kế hoạch, a city's chỉ thị, a
# province's chỉ thị, two thông báo kết luận), 68 of them quoted from a word-segmented copy
# with its joins undone, and 38 non-task sentences (``nontask_heldout14.jsonl``), labelled by
# hand and committed before any evaluation; no Party document could be found this time. Its
# first runs, one each: at the start of this round of work lead P 0.97 R 0.67 (72/107),
# deadline P 0.87 R 0.65, 5 of 38 non-task sentences taken; at its end (rounds twelve to
# fourteen) lead P 0.97 R 0.69 (74/107), deadline unchanged, 5 of 38 taken. 29 of its 33 missed
# leads were in sentences taken for no task: items under a line whose numbering the conversion
# lost ("Đề nghị Ủy ban nhân dân các huyện, thành phố"). Round fifteen, made for that: lead
# P 0.98 R 0.76 (81/107), deadline P 0.82 R 0.70. (Lead R 0.75, 80/107, since the trade
# unions joined the lexicon and the tagger was trained again: one item the tagger read a
# subject in, under a heading the rules read none in, it reads none in now.)
HELDOUT14_FLOOR = {
    "lead": (0.97, 0.74),
    "deadline": (0.82, 0.70),
    "co_workers": (1.0, 0.40),
    "product": (0.81, 0.70),
    "resources": (0.57, 0.80),
}
NONTASK14_MOST_TAKEN = 5  # of 38

# Fifteenth set (``tasks_heldout15.jsonl``): 98 sentences from seven real documents of one
# public repository (other documents of the word-segmented source of the fourteenth set: a
# city's kế hoạch, a district's chỉ thị, two ministers' chỉ thị, two thông báo kết luận, the
# trade union's nghị quyết), with 44 non-task sentences (``nontask_heldout15.jsonl``),
# labelled by hand and committed before any evaluation; the judge of this round of work, run
# once at its start and once at its end: lead P 0.92 R 0.60 (84/140) → P 0.91 R 0.61 (86/140),
# deadline P 0.86 R 0.32 both times (6/19), 3 of 44 non-task sentences taken both times. Of
# the 54 leads still missed, 26 are in wrong or partial lead lists, 17 in sentences taken for
# no task, 11 in tasks without a lead; 13 of its 19 deadlines are missed, most of them terms
# counted from an event or recurring duties the parser does not read ("tại kỳ họp", "hàng
# năm" of a budget). Diagnosed after its runs: development data from now on. Then "hằng năm"
# before the work it times ("… hàng năm tổ chức mít-tinh …") reads as recurring, as every
# labelled set has it: deadline P 0.90 R 0.47 (9/19). Then trade unions as bodies ("Tổng
# Liên đoàn Lao động Việt Nam", "Công đoàn cơ sở", "LĐLĐ tỉnh"): lead P 0.92 R 0.67 (94/140),
# deadline P 0.91 R 0.53.
HELDOUT15_FLOOR = {
    "lead": (0.91, 0.67),
    "deadline": (0.90, 0.52),
    "co_workers": (1.0, 0.57),
    "product": (0.71, 0.60),
    "resources": (0.83, 0.83),
}
NONTASK15_MOST_TAKEN = 3  # of 44


def _load(name: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _norm(s: str) -> str:
    return " ".join(normalise(s).lower().replace("(", " ").replace(")", " ").split())


def _match(a: str, b: str) -> bool:
    x, y = _norm(a), _norm(b)
    return x.startswith(y) or y.startswith(x)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def _doc(case: dict) -> tuple[Document, int]:
    texts = [t for t in (case.get("heading"), case["text"]) if t]
    paras = tuple(Paragraph(index=i, text=t) for i, t in enumerate(texts))
    anatomy_parts = {"noi_dung": tuple(PartRef(p.text, p.index) for p in paras)}
    return Document(paragraphs=paras), len(texts) - 1, anatomy_parts  # type: ignore[return-value]


def predict(case: dict) -> dict:
    doc, target, parts = _doc(case)  # type: ignore[misc]
    tasks = [t for t in extract_tasks(doc, Anatomy(parts=parts)) if t.paragraph == target]
    if not tasks:
        return {"leads": [], "co_workers": [], "deadline": {"kind": "none", "date": None},
                "product": False, "resources": False}  # fmt: skip
    t = tasks[0]
    d = t.deadline.to_dict()
    for other in tasks[1:]:  # a sentence split in two: the deadline may sit in the second
        if d["kind"] == "none" and other.deadline.kind != "none":
            d = other.deadline.to_dict()
    return {
        "leads": list(t.leads),
        "co_workers": list(t.co_workers),
        "deadline": {"kind": d["kind"], "date": d["date"]},
        "product": any(x.product for x in tasks),
        "resources": any(x.resources for x in tasks),
    }


def _list_counts(c: Counts, cid: str, expected: list[str], got: list[str]) -> None:
    left = list(got)
    for e in expected:
        hit = next((g for g in left if _match(e, g)), None)
        if hit is None:
            c.fn += 1
            c.errors.append(f"{cid}: missed {e!r} (got {got})")
        else:
            c.tp += 1
            left.remove(hit)
    c.fp += len(left)
    for g in left:
        c.errors.append(f"{cid}: extra {g!r}")


def evaluate(cases: list[dict]) -> dict[str, Counts]:
    res = {k: Counts() for k in ("lead", "co_workers", "deadline", "product", "resources")}
    for case in cases:
        got = predict(case)
        cid = case["id"]
        _list_counts(res["lead"], cid, case["leads"], got["leads"])
        _list_counts(res["co_workers"], cid, case["co_workers"], got["co_workers"])
        exp_d, got_d = case["deadline"], got["deadline"]
        same = exp_d["kind"] == got_d["kind"] and exp_d.get("date") == got_d.get("date")
        c = res["deadline"]
        if exp_d["kind"] != "none" and same:
            c.tp += 1
        else:
            if got_d["kind"] != "none":
                c.fp += 1
            if exp_d["kind"] != "none":
                c.fn += 1
            if not same:
                c.errors.append(f"{cid}: deadline {got_d} expected {exp_d}")
        for slot in ("product", "resources"):
            c = res[slot]
            if case[slot] and got[slot]:
                c.tp += 1
            elif got[slot] and not case[slot]:
                c.fp += 1
                c.errors.append(f"{cid}: {slot} found, not expected")
            elif case[slot] and not got[slot]:
                c.fn += 1
                c.errors.append(f"{cid}: {slot} missed")
    return res


def report(res: dict[str, Counts]) -> str:
    return "\n".join(
        f"{k:11s} P={v.precision:.2f} R={v.recall:.2f} (tp={v.tp} fp={v.fp} fn={v.fn})"
        for k, v in res.items()
    )


def _check(res: dict[str, Counts], floor: dict[str, tuple[float, float]]) -> None:
    for slot, (p, r) in floor.items():
        got = res[slot]
        assert got.precision >= p and got.recall >= r, (
            f"{slot}: P={got.precision:.2f} R={got.recall:.2f}\n" + "\n".join(got.errors)
        )


def test_dataset_is_large_enough_and_split() -> None:
    dev, held = _load("tasks_dev.jsonl"), _load("tasks_heldout.jsonl")
    assert len(dev) + len(held) >= 40
    assert 0.25 <= len(held) / (len(dev) + len(held)) <= 0.35
    assert not {c["id"] for c in dev} & {c["id"] for c in held}


def test_second_set_is_large_enough_and_split() -> None:
    dev, held = _load("tasks_dev2.jsonl"), _load("tasks_heldout2.jsonl")
    assert len(dev) + len(held) >= 60 and len(held) >= 30
    assert not {c["id"] for c in dev} & {c["id"] for c in held}
    first = {_norm(c["text"]) for name in ("tasks_dev.jsonl", "tasks_heldout.jsonl")
             for c in _load(name)}  # fmt: skip
    assert not {_norm(c["text"]) for c in dev + held} & first


def test_second_development_set_floor() -> None:
    res = evaluate(_load("tasks_dev2.jsonl"))
    print(report(res))
    _check(res, DEV2_FLOOR)


def test_second_heldout_set_floor() -> None:
    res = evaluate(_load("tasks_heldout2.jsonl"))
    print(report(res))
    _check(res, HELDOUT2_FLOOR)


# Every set in the order it was made: a held-out set from the third on shares no id and no
# sentence with any set before it.
_ORDER = (
    "tasks_dev.jsonl", "tasks_heldout.jsonl", "tasks_dev2.jsonl", "tasks_heldout2.jsonl",
    *(f"tasks_heldout{n}.jsonl" for n in range(3, 16)),
)  # fmt: skip
# (set, the least size it was labelled at)
_APART = (
    ("tasks_heldout3.jsonl", 40), ("tasks_heldout4.jsonl", 40), ("tasks_heldout5.jsonl", 40),
    ("tasks_heldout6.jsonl", 70), ("tasks_heldout7.jsonl", 70), ("tasks_heldout8.jsonl", 70),
    ("tasks_heldout9.jsonl", 40), ("tasks_heldout10.jsonl", 80), ("tasks_heldout11.jsonl", 90),
    ("tasks_heldout12.jsonl", 90), ("tasks_heldout13.jsonl", 70),
    ("tasks_heldout14.jsonl", 90),
    ("tasks_heldout15.jsonl", 90),
)  # fmt: skip


@pytest.mark.parametrize(("name", "least"), _APART)
def test_later_heldout_set_is_apart(name: str, least: int) -> None:
    held = _load(name)
    assert len(held) >= least
    others = [c for earlier in _ORDER[: _ORDER.index(name)] for c in _load(earlier)]
    assert not {c["id"] for c in held} & {c["id"] for c in others}
    assert not {_norm(c["text"]) for c in held} & {_norm(c["text"]) for c in others}


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        ("tasks_heldout3.jsonl", HELDOUT3_FLOOR),
        ("tasks_heldout4.jsonl", HELDOUT4_FLOOR),
        ("tasks_heldout5.jsonl", HELDOUT5_FLOOR),
        ("tasks_heldout6.jsonl", HELDOUT6_FLOOR),
        ("tasks_heldout7.jsonl", HELDOUT7_FLOOR),
        ("tasks_heldout8.jsonl", HELDOUT8_FLOOR),
        ("tasks_heldout9.jsonl", HELDOUT9_FLOOR),
        ("tasks_heldout11.jsonl", HELDOUT11_FLOOR),
        ("tasks_heldout12.jsonl", HELDOUT12_FLOOR),
        ("tasks_heldout13.jsonl", HELDOUT13_FLOOR),
        ("tasks_heldout14.jsonl", HELDOUT14_FLOOR),
        ("tasks_heldout15.jsonl", HELDOUT15_FLOOR),
    ],
)
def test_later_heldout_set_floor(name: str, floor: dict[str, tuple[float, float]]) -> None:
    res = evaluate(_load(name))
    print(report(res))
    _check(res, floor)


@pytest.mark.parametrize(
    ("name", "most"),
    [
        ("nontask_heldout12.jsonl", NONTASK12_MOST_TAKEN),
        ("nontask_heldout13.jsonl", NONTASK13_MOST_TAKEN),
        ("nontask_heldout14.jsonl", NONTASK14_MOST_TAKEN),
        ("nontask_heldout15.jsonl", NONTASK15_MOST_TAKEN),
    ],
)
def test_non_task_sentences_are_seldom_taken_for_tasks(name: str, most: int) -> None:
    cases = _load(name)
    assert len(cases) >= 35
    taken = []
    for case in cases:
        doc, target, parts = _doc(case)  # type: ignore[misc]
        if any(t.paragraph == target for t in extract_tasks(doc, Anatomy(parts=parts))):
            taken.append(case["id"])
    assert len(taken) <= most, taken


def test_tenth_heldout_set_floor() -> None:
    held = _load("tasks_heldout10.jsonl")
    res = evaluate(held)
    print(report(res))
    _check(res, HELDOUT10_FLOOR)
    kept = [c for c in held if int(c["id"].rsplit("-", 1)[1]) % 2 == 0]
    assert len(kept) == 45
    res = evaluate(kept)
    print(report(res))
    _check(res, HELDOUT10_KEPT_HALF_FLOOR)


def test_development_set_lead_and_deadline() -> None:
    res = evaluate(_load("tasks_dev.jsonl"))
    print(report(res))
    _check(res, DEV_FLOOR)


def test_heldout_set_floor() -> None:
    res = evaluate(_load("tasks_heldout.jsonl"))
    print(report(res))
    _check(res, HELDOUT_FLOOR)


if __name__ == "__main__":
    import sys

    name = sys.argv[1] if len(sys.argv) > 1 else "tasks_dev.jsonl"
    r = evaluate(_load(name))
    print(report(r))
    for k, v in r.items():
        for e in v.errors:
            print(k, "|", e)
