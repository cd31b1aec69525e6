import { propertyTests } from "../../tests/support/proptest.js";
propertyTests("stdlib/strings");
