package org.marsad.arabic.entities;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained tagger: the sentence-level first stage, the optional document-level second stage (it reads the first
 * stage's labels of the whole document, see {@link DocumentEvidence}), and the gazetteer both share.
 *
 * <p>File format (gzip): magic, label count, the first stage's {@link Weights}, then (format 2) a byte 1 and the
 * second stage's weights or a byte 0, then the gazetteer. Format 1 (one stage, no flag byte) is still read.
 */
final class TaggerModel {
    private static final String MAGIC_ONE_STAGE = "marsad-entities-1";
    private static final String MAGIC = "marsad-entities-2";

    private final Weights first;
    private final Weights second;
    private final Gazetteer gazetteer;

    /**
     * @param first the sentence-level stage
     * @param second the document-level stage, or null for a one-stage tagger
     * @param gazetteer the gazetteer both stages were trained with
     */
    TaggerModel(Weights first, Weights second, Gazetteer gazetteer) {
        this.first = first;
        this.second = second;
        this.gazetteer = gazetteer;
    }

    Weights first() {
        return first;
    }

    /** The document-level stage, or null. */
    Weights second() {
        return second;
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    /** This model without its second stage. */
    TaggerModel firstStage() {
        return second == null ? this : new TaggerModel(first, null, gazetteer);
    }

    int features() {
        return first.features() + (second == null ? 0 : second.features());
    }

    void write(OutputStream raw) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(gz);
        out.writeUTF(MAGIC);
        out.writeInt(Labels.COUNT);
        first.write(out);
        out.writeByte(second == null ? 0 : 1);
        if (second != null) {
            second.write(out);
        }
        gazetteer.write(out);
        out.flush();
        gz.finish();
    }

    static TaggerModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16)));
        String magic = in.readUTF();
        boolean oneStage = MAGIC_ONE_STAGE.equals(magic);
        if (!oneStage && !MAGIC.equals(magic) || in.readInt() != Labels.COUNT) {
            throw new IOException("not a Marsad entity model (or one for other labels)");
        }
        Weights first = Weights.read(in);
        Weights second = !oneStage && in.readByte() == 1 ? Weights.read(in) : null;
        return new TaggerModel(first, second, Gazetteer.read(in));
    }

    @Override
    public String toString() {
        return "TaggerModel[" + first + (second == null ? "" : ", " + second) + "]";
    }
}
