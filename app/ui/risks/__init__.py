"""The live risk register and heat map."""
