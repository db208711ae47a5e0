package org.hum.oversight.control;

import org.hum.api.oversight.CheckAnswer;
import org.hum.api.oversight.ChecklistItem;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.StringJoiner;

/**
 * The draw of a file sample (docs/domain.md, "Oversight"): the register's file ids in a fixed order
 * (sorted), shuffled by Fisher-Yates with a generator seeded by the sample's seed, and the first
 * n taken. The same seed over the same register therefore draws the same files in the same order,
 * on any machine and any Java version ({@link SplittableRandom}'s algorithm is specified).
 */
public final class SampleDraw {
    private SampleDraw() {
    }

    /** How many files a request draws: {@code size}, or {@code percent} of the population rounded up; never more than there are. */
    public static int count(Integer size, Integer percent, int population) {
        int wanted = size != null ? size : (int) Math.ceil(population * percent / 100.0);
        return Math.min(wanted, population);
    }

    public static List<String> draw(List<String> population, int n, long seed) {
        List<String> ids = new ArrayList<>(population);
        ids.sort(null);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < Math.min(n, ids.size()); i++) {
            int j = i + random.nextInt(ids.size() - i);
            String t = ids.get(i);
            ids.set(i, ids.get(j));
            ids.set(j, t);
        }
        return List.copyOf(ids.subList(0, Math.min(n, ids.size())));
    }

    /** The answers as stored: every item, in the checklist's order. */
    public static String encode(Map<ChecklistItem, CheckAnswer> answers) {
        StringJoiner j = new StringJoiner(";");
        for (ChecklistItem item : ChecklistItem.values()) {
            j.add(item.name() + "=" + answers.get(item).name());
        }
        return j.toString();
    }

    public static Map<ChecklistItem, CheckAnswer> decode(String stored) {
        Map<ChecklistItem, CheckAnswer> m = new EnumMap<>(ChecklistItem.class);
        for (String pair : stored.split(";")) {
            int eq = pair.indexOf('=');
            m.put(ChecklistItem.valueOf(pair.substring(0, eq)), CheckAnswer.valueOf(pair.substring(eq + 1)));
        }
        return m;
    }

    /** The items left unanswered, in the checklist's order. */
    public static List<ChecklistItem> missing(Map<ChecklistItem, CheckAnswer> answers) {
        List<ChecklistItem> out = new ArrayList<>();
        for (ChecklistItem item : ChecklistItem.values()) {
            if (answers == null || answers.get(item) == null) {
                out.add(item);
            }
        }
        return out;
    }
}
