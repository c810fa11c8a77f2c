package dev.switchboard.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the fields of one protobuf message by number, enough of the wire format for OTLP's trace messages, so the
 * test needs neither generated classes nor the protobuf runtime.
 */
final class Protobuf {

    private static final int VARINT = 0;
    private static final int FIXED64 = 1;
    private static final int LENGTH_DELIMITED = 2;
    private static final int FIXED32 = 5;

    private record Field(int number, long varint, byte[] bytes) {
    }

    private final List<Field> fields = new ArrayList<>();

    Protobuf(byte[] message) {
        int[] position = {0};
        while (position[0] < message.length) {
            long tag = varint(message, position);
            int number = (int) (tag >>> 3);
            switch ((int) (tag & 7)) {
                case VARINT -> fields.add(new Field(number, varint(message, position), null));
                case FIXED64 -> position[0] += 8;
                case FIXED32 -> position[0] += 4;
                case LENGTH_DELIMITED -> {
                    int length = (int) varint(message, position);
                    fields.add(new Field(number, 0,
                            Arrays.copyOfRange(message, position[0], position[0] + length)));
                    position[0] += length;
                }
                default -> throw new IllegalArgumentException("unsupported wire type in tag " + tag);
            }
        }
    }

    boolean has(int number) {
        return fields.stream().anyMatch(field -> field.number() == number);
    }

    List<Protobuf> messages(int number) {
        return fields.stream().filter(field -> field.number() == number && field.bytes() != null)
                .map(field -> new Protobuf(field.bytes())).toList();
    }

    byte[] bytes(int number) {
        return fields.stream().filter(field -> field.number() == number && field.bytes() != null)
                .map(Field::bytes).findFirst().orElse(new byte[0]);
    }

    String string(int number) {
        return new String(bytes(number), StandardCharsets.UTF_8);
    }

    long varint(int number) {
        return fields.stream().filter(field -> field.number() == number && field.bytes() == null)
                .mapToLong(Field::varint).findFirst().orElse(0);
    }

    private static long varint(byte[] message, int[] position) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte next = message[position[0]++];
            value |= (long) (next & 0x7f) << shift;
            if ((next & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("varint longer than 64 bits");
    }
}
