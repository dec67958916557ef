package io.github.narrator.speech;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps FreeTTS's console chatter out of the console. FreeTTS prints diagnostics straight to
 * {@code System.err} ("Can't find diphone w-y", dozens per batch) and, on some inputs, to
 * {@code System.out}, where the command line prints its results. Lines printed by a thread that is
 * speaking go to the debug log instead; every other thread prints as before.
 *
 * <p>This installs routing streams as {@code System.out} and {@code System.err}, once, and again if
 * someone replaces them. A routing stream encodes text as the JVM's own console streams do (the
 * {@code sun.stdout.encoding} / {@code sun.stderr.encoding} property, else the default charset).
 */
final class ConsoleDiversion {

    private static final Logger LOG = LoggerFactory.getLogger("io.github.narrator.speech.freetts");
    private static final ThreadLocal<ByteArrayOutputStream> DIVERTED_LINE = new ThreadLocal<>();

    private ConsoleDiversion() {
    }

    /** From now on, what this thread prints goes to the debug log. */
    static void divertCurrentThread() {
        if (DIVERTED_LINE.get() == null) {
            DIVERTED_LINE.set(new ByteArrayOutputStream());
        }
        install();
    }

    /** This thread prints to the console again. */
    static void restoreCurrentThread() {
        DIVERTED_LINE.remove();
    }

    private static synchronized void install() {
        if (!(System.out instanceof RoutingPrintStream)) {
            System.setOut(new RoutingPrintStream(System.out, consoleCharset("sun.stdout.encoding")));
        }
        if (!(System.err instanceof RoutingPrintStream)) {
            System.setErr(new RoutingPrintStream(System.err, consoleCharset("sun.stderr.encoding")));
        }
    }

    private static Charset consoleCharset(String property) {
        String name = System.getProperty(property);
        return name != null && Charset.isSupported(name) ? Charset.forName(name) : Charset.defaultCharset();
    }

    private static final class RoutingPrintStream extends PrintStream {
        RoutingPrintStream(PrintStream console, Charset charset) {
            super(new Router(console, charset), true, charset);
        }
    }

    private static final class Router extends OutputStream {
        private final PrintStream console;
        private final Charset charset;

        Router(PrintStream console, Charset charset) {
            this.console = console;
            this.charset = charset;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            ByteArrayOutputStream line = DIVERTED_LINE.get();
            if (line == null) {
                console.write(bytes, offset, length);
                return;
            }
            for (int i = offset; i < offset + length; i++) {
                if (bytes[i] == '\n') {
                    log(line);
                } else {
                    line.write(bytes[i]);
                }
            }
        }

        private void log(ByteArrayOutputStream line) {
            // the logger may print to System.err itself: let that through, or it would come back here
            DIVERTED_LINE.remove();
            try {
                LOG.debug("{}", line.toString(charset).stripTrailing());
            } finally {
                line.reset();
                DIVERTED_LINE.set(line);
            }
        }

        @Override
        public void flush() {
            console.flush();
        }
    }
}
