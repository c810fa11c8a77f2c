package dev.switchboard.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/** A JSON value of the right type that no field may hold (a control character, a date out of range). */
class InputRefusedException extends DatabindException {

    InputRefusedException(JsonParser parser, String reason) {
        super(parser, reason);
    }
}
