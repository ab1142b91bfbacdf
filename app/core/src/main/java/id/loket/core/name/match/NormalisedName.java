package id.loket.core.name.match;

import java.util.ArrayList;
import java.util.List;

/**
 * A name split for matching: the person's own name and, after bin / binti, the father's name.
 *
 * @param own         the person's own name words, particles included
 * @param patronym    the father's name after bin / binti; empty when there is none
 * @param oldSpelling whether the name is written in the pre-1972 spelling (see {@link IndonesianNameNormaliser})
 */
public record NormalisedName(List<NameToken> own, List<NameToken> patronym, boolean oldSpelling) {

    public NormalisedName {
        own = List.copyOf(own);
        patronym = List.copyOf(patronym);
    }

    /** Own name and patronym, in order. */
    public List<NameToken> all() {
        List<NameToken> all = new ArrayList<>(own);
        all.addAll(patronym);
        return all;
    }

    public boolean isEmpty() {
        return own.isEmpty() && patronym.isEmpty();
    }

    public boolean hasPatronym() {
        return !patronym.isEmpty();
    }
}
