package fr.vigie.time;

import java.util.Locale;
import java.util.Set;

/**
 * The functions value templates may call, each turning words of the text into a piece of a
 * TIMEX3 value through the word lists of {@link TimeKnowledge}. Functions of one value take
 * the first of their arguments that is present (a group that did not take part is null).
 */
final class TemplateFunctions {

    private static final Set<String> NAMES = Set.of("", "month", "day", "pad2", "num", "weekday", "season",
            "part", "ordinal", "unit", "gran", "duration", "decade", "century", "time", "anchor", "sign",
            "dir", "approx", "roughly", "dayperiod", "dayspan", "holiday", "wd");

    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("\\d{1,3},\\d{1,2}");

    private final TimeKnowledge k;

    TemplateFunctions(TimeKnowledge k) {
        this.k = k;
    }

    static boolean exists(String name) {
        return NAMES.contains(name);
    }

    String apply(String fn, String[] args) {
        String a = first(args);
        return switch (fn) {
            case "" -> a;
            case "month" -> k.column("MONTH", a, 0);
            case "day" -> day(a);
            case "pad2" -> a == null ? null : pad2(Integer.parseInt(a));
            case "num" -> num(a);
            case "weekday" -> k.column("WEEKDAY", a, 0);
            case "season" -> k.column("SEASON", a, 0);
            case "part" -> k.column("PART", a, 0);
            case "ordinal" -> k.column("ORDINAL", a, 0);
            case "unit" -> k.column("UNIT", a, 0);
            case "gran" -> k.column("UNIT", a, 1);
            case "anchor" -> k.column("DIR", a, 0);
            case "sign" -> k.column("DIR", a, 1);
            case "dir" -> a == null ? "year" : k.column("DIR", a, 2);
            case "approx" -> a == null ? "" : k.column("QUALIFIER", a, 0);
            case "roughly" -> a == null ? "" : "APPROX".equals(k.column("QUALIFIER", a, 0)) ? "APPROX" : "";
            case "duration" -> duration(args.length > 0 ? args[0] : null, args.length > 1 ? args[1] : null);
            case "decade" -> decade(a);
            case "century" -> century(a);
            case "time" -> time(args[0], args.length > 1 ? args[1] : null, args.length > 2 ? args[2] : null,
                    args.length > 3 ? args[3] : null);
            case "dayperiod" -> k.column("DAYPERIOD", a, 0);
            case "dayspan" -> k.column("DAYPERIOD", a, 1);
            case "holiday" -> k.column("HOLIDAY", a, 0);
            case "wd" -> a == null ? "" : "-w" + k.column("WEEKDAY", a, 0);
            default -> throw new IllegalStateException("no template function " + fn);
        };
    }

    private static String first(String[] args) {
        for (String a : args) {
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    static String pad2(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    private String day(String a) {
        if (a == null) {
            return null;
        }
        String n = TimeKnowledge.norm(a);
        if (n.startsWith("1er") || n.startsWith("1ᵉ") || n.equals("premier")) {
            return "01";
        }
        return pad2(Integer.parseInt(n));
    }

    /** A number in digits or letters, or "X" for a quantifier without value. */
    String num(String a) {
        if (a == null) {
            return null;
        }
        String n = TimeKnowledge.norm(a);
        if (DECIMAL.matcher(n).matches()) {
            // "30,4 secondes": TIMEX3 writes the decimal with a point (PT30.4S)
            String[] f = n.split(",");
            return Integer.parseInt(f[0]) + "." + f[1];
        }
        if (!n.isEmpty() && Character.isDigit(n.charAt(0))) {
            return String.valueOf(Integer.parseInt(n));
        }
        if (n.equals("x")) {
            return "X";
        }
        return k.column("NUMWORD", n, 0);
    }

    private String duration(String n, String unit) {
        String value = num(n);
        String code = k.column("UNIT", unit, 0);
        if (value == null || code == null) {
            return null;
        }
        boolean known = !value.equals("X");
        if (value.contains(".") && (code.equals("Q") || code.equals("H"))) {
            return null;
        }
        return switch (code) {
            case "TH", "TM", "TS" -> "PT" + value + code.substring(1);
            case "Q" -> known ? "P" + (3 * Integer.parseInt(value)) + "M" : "PXM";
            case "H" -> known ? "P" + (6 * Integer.parseInt(value)) + "M" : "PXM";
            default -> "P" + value + code;
        };
    }

    /** A decade in TimeML's form: "les années 1960" → 196X (its years 1960 to 1969). */
    private String decade(String a) {
        String v = num(a);
        if (v == null || v.equals("X")) {
            return null;
        }
        int n = Integer.parseInt(v);
        if (n >= 1000) {
            return n / 10 + "X";
        }
        if (n % 10 != 0 || n >= 100) {
            return null;
        }
        return (n <= 10 ? "20" : "19") + (n / 10) + "X";
    }

    /** A century in TimeML's form: "le XIXe siècle" → 18XX (its years 1800 to 1899). */
    private static String century(String a) {
        if (a == null) {
            return null;
        }
        int n;
        if (Character.isDigit(a.charAt(0))) {
            n = Integer.parseInt(a);
        } else {
            n = roman(a.toUpperCase(Locale.ROOT));
        }
        return n < 1 || n > 30 ? null : pad2(n - 1) + "XX";
    }

    static int roman(String r) {
        int total = 0;
        int prev = 0;
        for (int i = r.length() - 1; i >= 0; i--) {
            int v = switch (r.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                default -> 0;
            };
            if (v == 0) {
                return -1;
            }
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }

    /** A clock time from an hour (digits or letters), minutes, a part of the day, or a clock word ("midi"). */
    private String time(String h, String mi, String partOfDay, String clockWord) {
        String hv = h == null && clockWord != null ? k.column("CLOCKWORD", clockWord, 0) : num(h);
        if (hv == null || hv.equals("X")) {
            return null;
        }
        int hour = Integer.parseInt(hv);
        int minute = mi == null ? 0 : Integer.parseInt(mi);
        if (partOfDay != null) {
            String p = TimeKnowledge.norm(partOfDay);
            if ((p.contains("soir") || p.contains("après-midi")) && hour < 12) {
                hour += 12;
            } else if (p.contains("matin") && hour == 12) {
                hour = 0;
            }
        }
        if (hour > 24 || minute > 59) {
            return null;
        }
        return "T" + pad2(hour) + ":" + pad2(minute);
    }
}
