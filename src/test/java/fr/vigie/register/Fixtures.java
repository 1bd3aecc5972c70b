package fr.vigie.register;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Vigie output records written for the register's tests, in the form of SPEC §2, each
 * claim's evidence cut from a French text written for them, so that offsets are exact.
 */
final class Fixtures {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {
    }

    /** An output record of a document that was read; add claims with {@link #claim}. */
    static ObjectNode document(String source, String date, String title, String text) {
        ObjectNode r = MAPPER.createObjectNode();
        r.put("schemaVersion", "1.0");
        r.put("status", "ok");
        ObjectNode d = r.putObject("document");
        d.put("id", Register.sha256((source + "\n" + text).getBytes(StandardCharsets.UTF_8)));
        d.put("source", source);
        d.put("mediaType", "text/plain");
        d.put("title", title);
        d.put("language", "fr");
        ObjectNode dt = d.putObject("date");
        dt.put("value", date);
        dt.put("origin", date == null ? "NONE" : "METADATA");
        d.put("length", text.length());
        d.put("text", text);
        r.putArray("sentences");
        r.putArray("entities");
        r.putArray("temporalExpressions");
        r.putArray("claims");
        r.putArray("warnings");
        return r;
    }

    /** An error record; {@code id} null when the input's bytes could not be read. */
    static ObjectNode error(String source, String id, String code, String message) {
        ObjectNode r = MAPPER.createObjectNode();
        r.put("schemaVersion", "1.0");
        r.put("status", "error");
        ObjectNode d = r.putObject("document");
        d.put("id", id);
        d.put("source", source);
        ObjectNode e = r.putObject("error");
        e.put("code", code);
        e.put("message", message);
        r.putArray("warnings");
        return r;
    }

    /** What a claim says, beside the words that say it. */
    record Says(String actor, String actorCanonical, String actorType, String action, String actionType,
                String tool, String toolCanonical, String category, String time, String begin, String end,
                String status, String modality) { }

    /** Adds a claim whose evidence is the sentence of the document's text that contains {@code sentence}. */
    static ObjectNode claim(ObjectNode record, String sentence, Says s) {
        String text = record.get("document").get("text").asText();
        int start = text.indexOf(sentence);
        if (start < 0) {
            throw new IllegalArgumentException("not in the text: " + sentence);
        }
        ArrayNode claims = (ArrayNode) record.get("claims");
        ObjectNode c = claims.addObject();
        c.put("id", "c" + claims.size());
        ObjectNode actor = c.putObject("actor");
        actor.put("text", s.actor());
        actor.put("canonical", s.actorCanonical());
        actor.put("type", s.actorType());
        offsets(actor, text, s.actor(), start);
        ObjectNode action = c.putObject("action");
        action.put("text", s.action());
        action.put("lemma", s.action());
        action.put("type", s.actionType());
        offsets(action, text, s.action(), start);
        ObjectNode tool = c.putObject("tool");
        tool.put("text", s.tool());
        tool.put("canonical", s.toolCanonical());
        tool.putNull("vendor");
        tool.put("category", s.category());
        offsets(tool, text, s.tool(), start);
        if (s.time() == null) {
            c.putNull("time");
        } else {
            ObjectNode t = c.putObject("time");
            t.put("text", s.time());
            t.put("type", "DATE");
            t.put("value", s.begin() != null ? s.begin() : s.end());
            t.putNull("mod");
            ObjectNode i = t.putObject("interval");
            i.put("begin", s.begin());
            i.put("end", s.end());
            offsets(t, text, s.time(), start);
        }
        c.putNull("place");
        ObjectNode legal = c.putObject("legal");
        legal.put("status", s.status());
        legal.putArray("grounds");
        legal.putNull("text");
        legal.putArray("references");
        c.put("modality", s.modality());
        c.putNull("attribution");
        ObjectNode ev = c.putObject("evidence");
        ev.put("sentence", 0);
        ev.put("start", start);
        ev.put("end", start + sentence.length());
        ev.put("text", sentence);
        c.put("confidence", 0.8);
        return c;
    }

    private static void offsets(ObjectNode n, String text, String words, int from) {
        int at = text.indexOf(words, from);
        n.put("start", Math.max(at, 0));
        n.put("end", Math.max(at, 0) + words.length());
    }

    static Path write(Path dir, String name, ObjectNode record) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(f.toFile(), record);
        return f;
    }

    // ---- the corpus of the register tests -------------------------------------------------

    static final String NICE_A = "Selon la préfecture, la police municipale de Nice utilise des drones depuis 2020, "
            + "dans le cadre d'un arrêté préfectoral.";
    static final String NICE_B = "La police municipale de Nice fait voler des drones depuis 2021 sans aucun cadre "
            + "légal, affirme l'association.";
    static final String NICE_STOP = "La ville de Nice a renoncé à ses drones en mars 2024 après l'avis de la CNIL.";
    static final String NICE_ONGOING = "Les drones de la police municipale de Nice survolent toujours la promenade, "
            + "comme depuis 2020, sans autorisation.";
    static final String BRIEFCAM_1 = "La gendarmerie nationale a acquis le logiciel BriefCam en 2019.";
    static final String BRIEFCAM_2 = "Les gendarmes ont acheté BriefCam en 2019, révèle le quotidien régional.";
    static final String MINISTRY_NO = "Le ministère de l'Intérieur n'a jamais utilisé la reconnaissance faciale, "
            + "assure son porte-parole.";
    static final String MINISTRY_YES = "Le ministère de l'Intérieur a utilisé la reconnaissance faciale en 2022, "
            + "selon des documents internes.";
    static final String RATP_TEXT = "La RATP teste la VSA à la gare de Lyon dans le cadre de la loi olympique. "
            + "Pour le tribunal administratif, la RATP teste la VSA de façon illégale.";
    static final String HOSTILE_ACTOR = "la police <img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">";
    static final String HOSTILE_TOOL = "caméras \"augmentées\" <b>brestoises</b>";
    static final String HOSTILE_SENTENCE = "À Brest, " + HOSTILE_ACTOR + " utilise des " + HOSTILE_TOOL
            + " depuis 2022 <script>document.title='PWNED';document.body.setAttribute('data-pwned','2')</script>.";

    /** The corpus: 12 records (10 documents read, 2 errors), 11 claims, 6 facts. */
    static void corpus(Path dir) throws IOException {
        ObjectNode a = document("nice/prefecture.txt", "2023-05-10", "Drones à Nice : la préfecture s'explique", NICE_A);
        claim(a, NICE_A, new Says("la police municipale de Nice", "Police municipale de Nice", "MUNICIPAL_POLICE",
                "utilise", "USE", "drones", "Drones", "DRONE", "depuis 2020", "2020", null, "LEGAL", "REPORTED"));
        write(dir, "nice/prefecture.txt.json", a);

        ObjectNode b = document("nice/association.txt", "2024-02-01", "Les drones niçois hors la loi ?", NICE_B);
        claim(b, NICE_B, new Says("La police municipale de Nice", "Police municipale de Nice", "MUNICIPAL_POLICE",
                "fait voler", "USE", "drones", "Drones", "DRONE", "depuis 2021", "2021", null, "ILLEGAL", "REPORTED"));
        write(dir, "nice/association.txt.json", b);

        ObjectNode stop = document("nice/renoncement.txt", "2024-06-01", "Nice range ses drones", NICE_STOP);
        claim(stop, NICE_STOP, new Says("La ville de Nice", "Police municipale de Nice", "MUNICIPAL_POLICE",
                "a renoncé", "STOP", "drones", "Drones", "DRONE", "en mars 2024", "2024-03", "2024-03", "UNKNOWN",
                "ASSERTED"));
        write(dir, "nice/renoncement.txt.json", stop);

        ObjectNode ongoing = document("nice/promenade.txt", "2024-09-15", "Toujours des drones sur la Promenade",
                NICE_ONGOING);
        claim(ongoing, NICE_ONGOING, new Says("la police municipale de Nice", "Police municipale de Nice",
                "MUNICIPAL_POLICE", "survolent", "USE", "drones", "Drones", "DRONE", "depuis 2020", "2020", null,
                "ILLEGAL", "ASSERTED"));
        write(dir, "nice/promenade.txt.json", ongoing);

        ObjectNode g1 = document("gendarmerie/achat.txt", "2021-01-12", "Un logiciel pour les gendarmes", BRIEFCAM_1);
        claim(g1, BRIEFCAM_1, new Says("La gendarmerie nationale", "Gendarmerie nationale", "GENDARMERIE",
                "a acquis", "ACQUIRE", "BriefCam", "BriefCam Video Synopsis", "VIDEO_ANALYTICS", "en 2019",
                "2019", "2019", "UNKNOWN", "ASSERTED"));
        write(dir, "gendarmerie/achat.txt.json", g1);

        ObjectNode g2 = document("gendarmerie/revelation.txt", "2021-03-02", "BriefCam chez les gendarmes",
                BRIEFCAM_2);
        claim(g2, BRIEFCAM_2, new Says("Les gendarmes", "Gendarmerie nationale", "GENDARMERIE", "ont acheté",
                "ACQUIRE", "BriefCam", "BriefCam Video Synopsis", "VIDEO_ANALYTICS", "en 2019", "2019", "2019",
                "UNKNOWN", "REPORTED"));
        write(dir, "gendarmerie/revelation.txt.json", g2);

        ObjectNode m1 = document("ministere/dementi.txt", "2023-01-20", "Le ministère dément", MINISTRY_NO);
        claim(m1, MINISTRY_NO, new Says("Le ministère de l'Intérieur", "Ministère de l'Intérieur", "STATE",
                "utilisé", "USE", "la reconnaissance faciale", "Reconnaissance faciale", "FACIAL_RECOGNITION", null,
                null, null, "UNKNOWN", "NEGATED"));
        write(dir, "ministere/dementi.txt.json", m1);

        ObjectNode m2 = document("ministere/documents.txt", "2023-02-14", "Ce que disent les documents", MINISTRY_YES);
        claim(m2, MINISTRY_YES, new Says("Le ministère de l'Intérieur", "Ministère de l'Intérieur", "STATE",
                "a utilisé", "USE", "la reconnaissance faciale", "Reconnaissance faciale", "FACIAL_RECOGNITION",
                "en 2022", "2022", "2022", "UNKNOWN", "REPORTED"));
        write(dir, "ministere/documents.txt.json", m2);

        // one article telling both sides: two claims, both statuses, and no disagreement of sources
        ObjectNode r = document("ratp/gare-de-lyon.txt", "2024-05-03", "La VSA en gare", RATP_TEXT);
        claim(r, "La RATP teste la VSA à la gare de Lyon dans le cadre de la loi olympique.", new Says("La RATP",
                "RATP", "PRIVATE", "teste", "EXPERIMENT", "VSA", "Vidéosurveillance algorithmique",
                "VIDEO_ANALYTICS", null, null, null, "EXPERIMENTAL", "ASSERTED"));
        claim(r, "Pour le tribunal administratif, la RATP teste la VSA de façon illégale.", new Says("la RATP",
                "RATP", "PRIVATE", "teste", "EXPERIMENT", "VSA", "Vidéosurveillance algorithmique",
                "VIDEO_ANALYTICS", null, null, null, "ILLEGAL", "REPORTED"));
        write(dir, "ratp/gare-de-lyon.txt.json", r);

        ObjectNode h = document("brest/<script>alert(1)</script>.txt", "2024-10-01",
                "<script>document.title='PWNED'</script>Vidéosurveillance à Brest", HOSTILE_SENTENCE);
        claim(h, HOSTILE_SENTENCE, new Says(HOSTILE_ACTOR, "Police municipale de Brest <img src=x onerror=alert(1)>",
                "MUNICIPAL_POLICE", "utilise", "USE", HOSTILE_TOOL, HOSTILE_TOOL, "VIDEO_ANALYTICS", "depuis 2022",
                "2022", null, "UNKNOWN", "ASSERTED"));
        write(dir, "brest/hostile.txt.json", h);

        write(dir, "errors/corrompu.pdf.json", error("corrompu.pdf",
                Register.sha256("corrompu".getBytes(StandardCharsets.UTF_8)), "PARSE_ERROR", "truncated PDF"));
        write(dir, "errors/absent.txt.json", error("absent.txt", null, "NOT_FOUND", "no such file"));
    }

    /** Distinct actor x tool x action of {@link #corpus}. */
    static final int CORPUS_FACTS = 6;
    static final int CORPUS_DOCUMENTS = 12;
    static final int CORPUS_CLAIMS = 11;
}
