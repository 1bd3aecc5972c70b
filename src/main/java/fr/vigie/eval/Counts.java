package fr.vigie.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Counters of the SPEC §5 scoring, summed over documents, and the figures computed from them. */
public final class Counts {

    private final Map<String, Double> values = new TreeMap<>();

    public void add(String key, double n) {
        values.merge(key, n, Double::sum);
    }

    public void addAll(Counts other) {
        other.values.forEach(this::add);
    }

    public double get(String key) {
        return values.getOrDefault(key, 0.0);
    }

    private static double ratio(double a, double b) {
        return b != 0 ? a / b : Double.NaN;
    }

    /**
     * The figures, in the order and with the names of the reference scorer; values rounded
     * to three decimals (NaN where the denominator is zero).
     */
    public Map<String, Double> figures() {
        double rec = ratio(get("found_required"), get("gold_required"));
        double prec = ratio(get("found_any"), get("found_any") + get("fp"));
        double f1 = (prec + rec) != 0 ? 2 * prec * rec / (prec + rec) : 0.0;
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("claim_precision", round(prec));
        out.put("claim_recall", round(rec));
        out.put("claim_f1", round(f1));
        out.put("time_acc", round(ratio(get("time_ok"), get("time_gold"))));
        out.put("status_acc", round(ratio(get("status_ok"), get("status_gold"))));
        out.put("modality_acc", round(ratio(get("modality_ok"), get("modality_gold"))));
        out.put("action_acc", round(ratio(get("action_ok"), get("action_gold"))));
        out.put("timex_recall", round(ratio(get("timex_match"), get("timex_gold"))));
        out.put("timex_precision", round(ratio(get("timex_match_any"), get("timex_pred"))));
        out.put("timex_value_acc", round(ratio(get("timex_value_ok"), get("timex_match"))));
        double vp = ratio(get("timex_value_ok"), get("timex_pred") - (get("timex_match_any") - get("timex_match")));
        double vr = ratio(get("timex_value_ok"), get("timex_gold"));
        out.put("timex_value_f1", (vp + vr) != 0 ? round(2 * vp * vr / (vp + vr)) : 0.0);
        return out;
    }

    static double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** A figure as the reference scorer prints it: "0.85", "1.0", "nan". */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        String s = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }
}
