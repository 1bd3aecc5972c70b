package fr.vigie.batch;

import fr.vigie.Result;
import fr.vigie.output.JsonOutput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/** JSON Lines: one output document per input, one line each. */
public final class JsonLinesSink extends StreamSink {

    private final JsonOutput json;

    /** @param file the output file, or null for standard output */
    public JsonLinesSink(Path file, JsonOutput json) throws IOException {
        super(file);
        this.json = json;
    }

    @Override
    protected byte[] format(Result r) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        json.write(r, line, false);
        line.write('\n');
        return line.toByteArray();
    }
}
