package org.hum.api.payment;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * One item of a payment made through the source to a sub-source.
 *
 * @param description what it pays for (stored encrypted)
 * @param amount      its amount; the items add up to the payment's amount
 */
public record SubSourceItem(
        @NotBlank(message = "is required: what this item pays the sub-source for")
        @Size(max = 500, message = "must be at most 500 characters")
        String description,

        @NotNull(message = "is required: the item's amount")
        @DecimalMin(value = "0.01", message = "must be positive (at least 0.01)")
        @Digits(integer = 12, fraction = 2, message = "must have at most 2 decimals")
        BigDecimal amount) {

    @Override
    public String toString() {
        return "SubSourceItem[amount=" + amount + "]";
    }
}
