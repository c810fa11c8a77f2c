package dev.switchboard.account.account;

import dev.switchboard.events.account.AccountDetails;
import dev.switchboard.platform.events.Address;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * What a client may set on an account: the body of a create, and the fields a merge patch may change. The rules of
 * the input live here, so the stored details and the published events stay a plain shape.
 *
 * @param active whether the account is active; a new account is unless it says otherwise
 */
record AccountFields(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 50) String type,
        @Size(max = 300) @Pattern(regexp = "^(https?://)?[^\\s/$.?#][^\\s]*$", message = "must be a web address") String website,
        @Size(max = 40) @Pattern(regexp = "^\\+?[0-9 ()./-]{3,40}$", message = "must be a phone number") String phone,
        @Valid @Size(max = 20) List<Address> addresses,
        @Size(max = 100) String parentAccountId,
        @Schema(defaultValue = "true") @JsonDeserialize(using = TrueOrFalse.class) Boolean active) {

    static AccountFields of(AccountDetails details, boolean active) {
        return new AccountFields(details.name(), details.type(), details.website(), details.phone(),
                details.addresses(), details.parentAccountId(), active);
    }

    /** The account's details, by name; surrounding blanks of the name are not kept. */
    AccountDetails details() {
        return AccountDetails.builder()
                .name(name.strip())
                .type(type)
                .website(website)
                .phone(phone)
                .addresses(addresses)
                .parentAccountId(parentAccountId)
                .build();
    }

    boolean activeOr(boolean otherwise) {
        return active == null ? otherwise : active;
    }

    /** {@code active} may be left out, but not given as null: an account is always active or not. */
    static final class TrueOrFalse extends ValueDeserializer<Boolean> {

        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_TRUE && parser.currentToken() != JsonToken.VALUE_FALSE) {
                return (Boolean) context.handleUnexpectedToken(Boolean.class, parser);
            }
            return parser.getBooleanValue();
        }

        @Override
        public Object getNullValue(DeserializationContext context) {
            throw MismatchedInputException.from(context.getParser(), Boolean.class, "must be true or false");
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return null;
        }
    }
}
