package example;

import fr.vigie.Result;
import fr.vigie.Source;
import fr.vigie.Vigie;
import fr.vigie.model.Claim;
import fr.vigie.output.JsonOutput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;

public final class Consumer {

    private static final Logger LOG = LoggerFactory.getLogger(Consumer.class);

    public static void main(String[] args) throws IOException {
        Vigie vigie = Vigie.create();                       // loads the models once (seconds): share it
        for (String arg : args) {
            Result r = vigie.process(Path.of(arg));         // never throws for a bad file
            if (r.isOk()) {
                for (Claim c : r.document().claims()) {
                    LOG.info("{}: {} {} {}", r.source(), c.actor().text(), c.action().text(), c.tool().text());
                }
            } else {
                LOG.warn("{}: {} {}", r.source(), r.error().code(), r.error().message());
            }
            System.out.println(new JsonOutput(false).tree(r));   // the output document (docs/output.md), one line
        }
        Result text = vigie.process("La gendarmerie utilise des drones depuis 2021.",
                new Source("note.txt", null, "2024-03-05"));      // a name and a fallback date
        LOG.info("{} claims in {}", text.document().claims().size(), text.source());
    }
}
