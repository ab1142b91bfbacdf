package id.loket.core.name;

import id.loket.core.application.ApplicationKind;
import id.loket.core.application.Purpose;
import id.loket.core.i18n.Message;

import java.util.ArrayList;
import java.util.List;

/**
 * Name rules for the passport name. Civil registration (Permendagri 73/2022) requires new names
 * to have at least two words and at most 60 characters including spaces, but names recorded
 * before that stay legal, single names included: on a renewal or replacement those are notes,
 * not errors. Hajj passports need three name words (usually completed with bin/binti + father).
 */
public final class NameRules {

    public static final int MIN_WORDS = 2;
    public static final int MAX_LENGTH = 60;
    public static final int HAJJ_MIN_WORDS = 3;

    private NameRules() {
    }

    /** Problems of a name against the new-name rule: required, >= 2 words, <= 60 characters. */
    public static List<Message> newName(String passportName) {
        List<Message> problems = new ArrayList<>();
        List<String> words = PassportName.words(passportName);
        if (words.isEmpty()) {
            problems.add(Message.of("name.error.required"));
            return problems;
        }
        if (words.size() < MIN_WORDS) {
            problems.add(Message.of("name.error.tooFewWords", MIN_WORDS, words.size()));
        }
        int length = String.join(" ", words).length();
        if (length > MAX_LENGTH) {
            problems.add(Message.of("name.error.tooLong", MAX_LENGTH, length));
        }
        return problems;
    }

    /** Problems of a name against the hajj rule (>= 3 words). */
    public static List<Message> hajj(String passportName) {
        int count = PassportName.words(passportName).size();
        if (count < HAJJ_MIN_WORDS) {
            return List.of(Message.of("name.error.hajjWords", HAJJ_MIN_WORDS, count));
        }
        return List.of();
    }

    /**
     * All name rules for an application: the new-name rule is an error for {@link ApplicationKind#NEW}
     * and a note otherwise; the hajj rule is an error whenever the purpose is {@link Purpose#HAJJ}.
     * A missing name is always an error.
     */
    public static NameCheck check(String passportName, ApplicationKind kind, Purpose purpose) {
        List<Message> errors = new ArrayList<>();
        List<Message> notes = new ArrayList<>();
        List<Message> rule = newName(passportName);
        if (PassportName.words(passportName).isEmpty()) {
            errors.addAll(rule);
        } else if (kind == ApplicationKind.NEW) {
            errors.addAll(rule);
        } else {
            for (Message m : rule) {
                notes.add(Message.of(m.key().replace("name.error.", "name.note.existing."), m.args().toArray()));
            }
        }
        if (purpose == Purpose.HAJJ) {
            errors.addAll(hajj(passportName));
        }
        return new NameCheck(passportName == null ? "" : passportName.strip(), errors, notes);
    }
}
