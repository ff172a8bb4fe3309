package vn.trithuc.knowledge.space;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link SpacePolicy} by its stable code. */
@Converter(autoApply = true)
public class SpacePolicyConverter implements AttributeConverter<SpacePolicy, String> {

    @Override
    public String convertToDatabaseColumn(SpacePolicy policy) {
        return policy == null ? null : policy.code();
    }

    @Override
    public SpacePolicy convertToEntityAttribute(String code) {
        return code == null ? null : SpacePolicy.fromCode(code);
    }
}
