import { propertyTests } from "../../tests/support/proptest.js";

propertyTests("dynamic");
