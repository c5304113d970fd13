package fr.ctg.compose;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * What templates may call on Java objects: the accessors of the model's records and enums, and the
 * functions of {@link TemplateFunctions}. Nothing else: no {@code getClass()}, no constructor, no field,
 * no method of a JDK class. A template therefore cannot reach the class loader or the file system,
 * even one from a Caf's override folder.
 */
final class ModelOnlyAccessPolicy implements MemberAccessPolicy {

    private static final String MODEL_PACKAGE = "fr.ctg.model";

    private static final ClassMemberAccessPolicy POLICY = new ClassMemberAccessPolicy() {
        @Override
        public boolean isMethodExposed(Method method) {
            Class<?> declaring = method.getDeclaringClass();
            return !Modifier.isStatic(method.getModifiers())
                    && (declaring.getPackageName().equals(MODEL_PACKAGE) || declaring == TemplateFunctions.class || isOwnToString(method));
        }

        @Override
        public boolean isConstructorExposed(Constructor<?> constructor) {
            return false;
        }

        @Override
        public boolean isFieldExposed(Field field) {
            return false;
        }
    };

    /** A value's own text (a date's, an enum's); Object's is an identity hash, new on every run. */
    private static boolean isOwnToString(Method method) {
        return method.getName().equals("toString") && method.getParameterCount() == 0 && method.getDeclaringClass() != Object.class;
    }

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
        return POLICY;
    }

    @Override
    public boolean isToStringAlwaysExposed() {
        // only the toString methods the policy exposes: "${fr}" is refused rather than printed with a new hash each run
        return false;
    }
}
