package fr.vigie.time;

import fr.vigie.model.DocumentDate;
import fr.vigie.model.Sentence;
import fr.vigie.pipeline.ModelStore;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Throughput of the temporal tagger on one thread: tags a generated French text of about
 * 5 MB several times and prints the median speed in MB of UTF-8 text per second, by the
 * clock and per CPU second of the tagging thread (the two differ on a busy machine).
 * Usage: {@code java -cp … fr.vigie.time.TemporalBench [megabytes] [runs]}.
 */
public final class TemporalBench {

    private static final String[] SUBJECTS = {"La police municipale", "Le préfet", "La Cnil", "Le maire de la commune",
            "La gendarmerie", "Le ministère de l'Intérieur", "L'association", "Le conseil municipal", "La métropole"};
    private static final String[] VERBS = {"a installé", "utilise", "a acquis", "va déployer", "a suspendu",
            "expérimente", "avait annoncé", "envisage d'acheter", "a renoncé à"};
    private static final String[] TOOLS = {"des caméras augmentées", "un logiciel de vidéosurveillance algorithmique",
            "des drones", "un système de lecture de plaques", "la reconnaissance faciale", "quarante caméras"};
    private static final String[] TIMES = {"le 14 novembre 2023", "depuis 2015", "l'an dernier", "il y a huit ans",
            "début 2021", "au printemps 2022", "de 2015 à 2023", "jeudi dernier", "pendant trois mois", "la veille",
            "le 1er décembre", "avant l'été", "chaque année", "à 10h12", "fin 2020", "désormais", "dans deux mois"};
    private static final String[] FILLERS = {"selon des documents internes", "d'après plusieurs sources",
            "malgré l'avis de la commission", "dans le quartier de la gare", "sans déclaration préalable",
            "pour un montant de 2 000 euros", "en application de la loi n° 2023-380", "dans près de 200 communes",
            "au titre de l'article 10", "à la demande des riverains"};

    private TemporalBench() {
    }

    public static void main(String[] args) {
        double megabytes = args.length > 0 ? Double.parseDouble(args[0]) : 5.0;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long t0 = System.nanoTime();
        RuleBasedTemporalTagger tagger = RuleBasedTemporalTagger.load(ModelStore.classpath());
        System.out.printf("load: %.0f ms%n", (System.nanoTime() - t0) / 1e6);

        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        Random random = new Random(42);
        long target = (long) (megabytes * 1_000_000);
        while (text.length() < target) {
            int start = text.length();
            text.append(pick(random, SUBJECTS)).append(' ').append(pick(random, VERBS)).append(' ')
                    .append(pick(random, TOOLS));
            if (random.nextInt(3) == 0) {
                text.append(' ').append(pick(random, TIMES));
            }
            text.append(", ").append(pick(random, FILLERS)).append(". ");
            sentences.add(new Sentence(sentences.size(), start, text.length() - 1, 0, 0));
            if (random.nextInt(8) == 0) {
                text.append("\n\n");
            }
        }
        String s = text.toString();
        double mb = s.getBytes(StandardCharsets.UTF_8).length / 1e6;
        DocumentDate date = new DocumentDate("2024-12-06", DocumentDate.Origin.OPTION);

        tagger.tag(s, sentences, date);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] speeds = new double[runs];
        double[] cpuSpeeds = new double[runs];
        int found = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            found = tagger.tag(s, sentences, date).size();
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            speeds[i] = mb / seconds;
            cpuSpeeds[i] = mb / cpuSeconds;
            System.out.printf("run %d: %.2f MB in %.2f s = %.2f MB/s (%.2f MB per CPU second; %d expressions)%n",
                    i + 1, mb, seconds, speeds[i], cpuSpeeds[i], found);
        }
        Arrays.sort(speeds);
        Arrays.sort(cpuSpeeds);
        System.out.printf("median: %.2f MB/s on one thread (%.2f MB per CPU second)%n", speeds[runs / 2], cpuSpeeds[runs / 2]);
    }

    private static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }
}
