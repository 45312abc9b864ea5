"""Write: assemble the new site beside the live one and swap it in at once."""
